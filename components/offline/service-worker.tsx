'use client';
// Registers out/sw.js (scripts/sw.js), once the page has loaded, so that after one visit the app
// opens with the network cut. Browsers allow it on https and on localhost only; on a plain-http
// intranet the app simply keeps needing its server, as before.
import { useEffect } from 'react';

const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export function ServiceWorker() {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    if (process.env.NODE_ENV !== 'production') {
      // `next dev` on the port `npm start` used: a worker left from the build would serve stale files.
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
      return;
    }
    const register = () =>
      void navigator.serviceWorker.register(`${BASE_PATH}/sw.js`, { scope: `${BASE_PATH}/` }).catch((error: unknown) => {
        // Nothing the clerk must act on: the app works as before, it just needs its server.
        console.warn('年报助手：未能启用离线使用', error);
      });
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}
