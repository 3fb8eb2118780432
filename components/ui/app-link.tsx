'use client';
// A link to a page or a step of the app: an <a> whose plain click navigates within the page, by
// Next's router as next/link does, and whose other clicks (a new tab or window, a download) the
// browser handles. Not next/link: its runtime (viewport prefetching, URL objects, link status) is
// about 3 KB gz of every page's first load, for prefetching the app does not need — a step is
// the same page, and a page's payload is one small static file (cached offline by the worker).
import { useRouter } from 'next/navigation';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** The app's own path, without the base path it is served under ('/', '/report/?id=…'). */
  href: string;
};

/** A left click with no modifier key: the one the page handles (the others open tabs and windows). */
export const isPlainClick = (event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function AppLink({ href, onClick, ...rest }: Props) {
  const router = useRouter();
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event) || rest.target !== undefined || rest.download !== undefined) return;
    event.preventDefault();
    router.push(href);
  };
  return <a {...rest} href={`${BASE_PATH}${href}`} onClick={navigate} />;
}
