// The app's service worker: after one visit, the whole app opens and works with the network cut.
// `scripts/write-sw.mjs` writes it to out/sw.js after `next build`, preceded by
//   const PRECACHE = { version, base, files };
// listing every file of the build. The clerk's report is never here: it lives in IndexedDB.
//
// - Hashed build files (/_next/static/…) never change: from the cache, else the network.
// - Everything else (the pages and their data): from the network, so a new version of the app is
//   seen at once; from the cache only when the server cannot be reached.
// - A new version installs beside the old one and takes over once every tab of the old one is
//   closed; only then are the old files deleted (an open tab may still need them).
/* global PRECACHE */
const CACHE = `nianbao-${PRECACHE.version}`;
const STATIC = `${PRECACHE.base}/_next/static/`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files.map((file) => new Request(file, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('nianbao-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The cached copy of a page or file; the query (?id=…&step=…, ?_rsc=…) never changes the file. */
async function fromCache(url, navigate) {
  const cache = await caches.open(CACHE);
  return (await cache.match(url, { ignoreSearch: true })) ?? (navigate ? await cache.match(`${PRECACHE.base}/404.html`) : undefined);
}

async function networkFirst(request) {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(url.origin + url.pathname, copy));
    }
    return response;
  } catch (error) {
    const cached = await fromCache(url.origin + url.pathname, request.mode === 'navigate');
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(`${PRECACHE.base}/`)) return;
  event.respondWith(url.pathname.startsWith(STATIC) ? cacheFirst(request) : networkFirst(request));
});
