'use client';
// Registers out/sw.js (scripts/sw.js), once the page has loaded, so that after one visit the app
// opens with the network cut. Browsers allow it on https and on localhost only; on a plain-http
// intranet the app simply keeps needing its server, as before.
import { useEffect } from 'react';

export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
    const register = () => void navigator.serviceWorker.register(`${BASE_PATH}/sw.js`, { scope: `${BASE_PATH}/` }).catch(() => {});
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}
