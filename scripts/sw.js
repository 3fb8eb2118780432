// The app's service worker: after one visit, the whole app opens and works with the network cut.
// `scripts/write-sw.mjs` writes it to out/sw.js after `next build`, preceded by
//   const PRECACHE = { version, base, files };
// listing every file of the build. The clerk's report is never here: it lives in IndexedDB.
//
// - It answers only for the app's own files (those of the build, under its base path): any other
//   page on the same host is left alone.
// - Hashed build files (/_next/static/…) never change: from the cache, else the network.
// - The pages and their data: from the network, so a new version is seen at once; from this
//   version's copy when the server cannot be reached, answers 5xx, or takes over 5 s for a page.
//   Nothing the network answers is written over the copies stored at install: a page of another
//   version never mixes with this version's files.
// - A new version takes over at once (skipWaiting). The previous version's files are kept, so a
//   tab still showing it can load what it has not loaded yet (the preview, the Word export);
//   older ones are deleted.
/* global PRECACHE */
const PREFIX = `nianbao|${PRECACHE.base}|`;
const CACHE = `${PREFIX}${PRECACHE.version}`;
const STATIC = `${PRECACHE.base}/_next/static/`;
const FILES = new Set(PRECACHE.files);
const PAGE_TIMEOUT_MS = 5000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.files.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      // Cache names come in the order they were created: keep this one and the one before it.
      .then((keys) => keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE))
      .then((older) => Promise.all(older.slice(0, -1).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** This version's copy; the query (?id=…&step=…, ?_rsc=…) never changes the file. */
async function stored(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url.origin + url.pathname, { ignoreSearch: true });
}

async function networkFirst(request, url) {
  const network = fetch(request);
  const timeout = request.mode === 'navigate' ? new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS)) : new Promise(() => {});
  try {
    const first = await Promise.race([network, timeout]);
    if (first === undefined) return (await stored(url)) ?? (await network);
    if (first.status >= 500) return (await stored(url)) ?? first;
    return first;
  } catch (error) {
    const copy = await stored(url);
    if (copy) return copy;
    throw error;
  }
}

/**
 * A Web Worker's script answered as a new response: one without a URL of its own takes the
 * request's, fragment included — the bundler's worker bootstrap reads its chunk list from
 * `#params=…`, which a stored or fetched response's URL has lost.
 */
const forWorker = (request, response) =>
  request.destination === 'worker' ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers }) : response;

async function cacheFirst(request) {
  // Any version's copy of a hashed file is the file.
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return forWorker(request, cached);
  const response = await fetch(request);
  if (response.status === 200 && !response.redirected && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return forWorker(request, response);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(STATIC)) event.respondWith(cacheFirst(request));
  else if (FILES.has(url.pathname)) event.respondWith(networkFirst(request, url));
});
