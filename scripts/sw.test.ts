// The service worker (scripts/sw.js) run against an in-memory CacheStorage and a scripted network.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const SOURCE = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
const ORIGIN = 'https://nianbao.example.gov.cn';

type Handler = (event: { request: Request; respondWith?: (r: Promise<Response>) => void; waitUntil?: (p: Promise<unknown>) => void }) => void;

class MemoryCache {
  entries = new Map<string, Response>();
  async match(request: Request | string, options?: { ignoreSearch?: boolean }) {
    const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
    const key = options?.ignoreSearch ? url.origin + url.pathname : url.href;
    for (const [k, v] of this.entries) if ((options?.ignoreSearch ? k.split('?')[0] : k) === key) return v.clone();
    return undefined;
  }
  async put(request: Request | string, response: Response) {
    this.entries.set(new URL(typeof request === 'string' ? request : request.url, ORIGIN).href, response);
  }
  async addAll(requests: Request[]) {
    for (const request of requests) {
      const response = await globalThis.fetch(request);
      if (!response.ok) throw new TypeError(`addAll: ${request.url} ${response.status}`);
      await this.put(request, response);
    }
  }
}

class MemoryCaches {
  caches = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return this.caches.get(name) as MemoryCache;
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
  async match(request: Request, options?: { ignoreSearch?: boolean }) {
    for (const cache of this.caches.values()) {
      const hit = await cache.match(request, options);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** A worker of one build: `files` with their bodies; the network serves `server` (or fails). */
function worker(storage: MemoryCaches, version: string, files: Record<string, string>, base = '') {
  const handlers: Record<string, Handler> = {};
  let skipped = false;
  const self = {
    location: new URL(`${ORIGIN}${base}/sw.js`),
    addEventListener: (type: string, handler: Handler) => (handlers[type] = handler),
    skipWaiting: async () => void (skipped = true),
    clients: { claim: async () => undefined },
  };
  const precache = { version, base, files: Object.keys(files).map((f) => `${base}${f}`) };
  // As in a worker, a relative URL is relative to the worker's own.
  const WorkerRequest = class extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, self.location).href : input, init);
    }
  };
  new Function('self', 'caches', 'PRECACHE', 'Request', SOURCE)(self, storage, precache, WorkerRequest);
  return {
    get skipped() {
      return skipped;
    },
    async lifecycle(type: 'install' | 'activate') {
      let done: Promise<unknown> = Promise.resolve();
      handlers[type]?.({ request: new Request(ORIGIN), waitUntil: (p) => (done = p) });
      await done;
    },
    /** The worker's answer, or null when it leaves the request to the browser. */
    async fetch(path: string, { mode, ...init }: RequestInit & { mode?: 'navigate' } = {}): Promise<Response | null> {
      let answer: Promise<Response> | null = null;
      const request = new Request(path.startsWith('https:') ? path : `${ORIGIN}${path}`, init);
      if (mode === 'navigate') Object.defineProperty(request, 'mode', { value: 'navigate' });
      handlers.fetch?.({ request, respondWith: (r) => (answer = r) });
      return answer ? await answer : null;
    },
  };
}

/** Scripts `globalThis.fetch`: a map of path → body (or status), or offline. */
function network(server: Record<string, string | number> | 'offline' | 'hanging') {
  const calls: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url.pathname);
    if (server === 'offline') throw new TypeError('Failed to fetch');
    if (server === 'hanging') return new Promise<Response>(() => {});
    const body = server[url.pathname];
    if (body === undefined) return new Response('not found', { status: 404 });
    if (typeof body === 'number') return new Response('error', { status: body });
    const response = new Response(body, { status: 200 });
    Object.defineProperty(response, 'type', { value: 'basic' });
    return response;
  }) as typeof fetch;
  return calls;
}

const V1 = { '/': 'home v1', '/report/': 'report v1', '/report/__next.report.__PAGE__.txt': 'rsc v1', '/_next/static/chunks/a1.js': 'a1', '/_next/static/chunks/docx1.js': 'docx1' };
const V2 = { '/': 'home v2', '/report/': 'report v2', '/report/__next.report.__PAGE__.txt': 'rsc v2', '/_next/static/chunks/a2.js': 'a2', '/_next/static/chunks/docx2.js': 'docx2' };

async function installed(storage: MemoryCaches, version: string, files: Record<string, string>, base = '') {
  network(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${base}${k}`, v])));
  const sw = worker(storage, version, files, base);
  await sw.lifecycle('install');
  await sw.lifecycle('activate');
  return sw;
}

const text = async (answer: Promise<Response | null>) => (await answer)?.text() ?? null;

describe('the service worker', () => {
  it('stores every file of the build at install, and serves them all with the network cut', async () => {
    const storage = new MemoryCaches();
    const sw = await installed(storage, 'v1', V1);
    expect(sw.skipped).toBe(true);
    network('offline');
    expect(await text(sw.fetch('/report/?id=abc&step=applications', { mode: 'navigate' }))).toBe('report v1');
    expect(await text(sw.fetch('/report/__next.report.__PAGE__.txt?_rsc=x1'))).toBe('rsc v1');
    expect(await text(sw.fetch('/_next/static/chunks/docx1.js'))).toBe('docx1');
  });

  it('takes pages from the server while it answers, and never writes them over its own copies', async () => {
    const storage = new MemoryCaches();
    const sw = await installed(storage, 'v1', V1);
    network(V2);
    expect(await text(sw.fetch('/report/?id=abc', { mode: 'navigate' }))).toBe('report v2');
    network('offline');
    expect(await text(sw.fetch('/report/?id=abc', { mode: 'navigate' }))).toBe('report v1');
  });

  it('falls back to its copy when the server answers 5xx, and passes other errors through', async () => {
    const storage = new MemoryCaches();
    const sw = await installed(storage, 'v1', V1);
    network({ '/report/': 502 });
    expect(await text(sw.fetch('/report/', { mode: 'navigate' }))).toBe('report v1');
    network({});
    expect((await sw.fetch('/report/', { mode: 'navigate' }))?.status).toBe(404);
  });

  it('serves its copy of a page when the server has not answered in 5 s', async () => {
    const storage = new MemoryCaches();
    const sw = await installed(storage, 'v1', V1);
    vi.useFakeTimers();
    try {
      network('hanging');
      const answer = sw.fetch('/report/?id=abc', { mode: 'navigate' });
      await vi.advanceTimersByTimeAsync(4900);
      let settled = false;
      void answer.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(await text(answer)).toBe('report v1');
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves alone what is not the app’s: other paths on the host, other origins, POST, ranges', async () => {
    const storage = new MemoryCaches();
    const sw = await installed(storage, 'v1', V1);
    expect(await sw.fetch('/intranet-portal/', { mode: 'navigate' })).toBeNull();
    expect(await sw.fetch('https://cdn.example.com/_next/static/chunks/a1.js')).toBeNull();
    expect(await sw.fetch('/report/', { method: 'POST', body: 'x' })).toBeNull();
    expect(await sw.fetch('/_next/static/chunks/a1.js', { headers: { range: 'bytes=0-1' } })).toBeNull();
  });

  it('on a new version keeps the previous one’s files (an open tab may still need them) and deletes older ones', async () => {
    const storage = new MemoryCaches();
    await installed(storage, 'v1', V1);
    await installed(storage, 'v2', V2);
    expect(await storage.keys()).toEqual(['nianbao||v1', 'nianbao||v2']);
    const sw2 = worker(storage, 'v2', V2);
    network('offline');
    expect(await text(sw2.fetch('/_next/static/chunks/docx1.js'))).toBe('docx1');
    expect(await text(sw2.fetch('/report/', { mode: 'navigate' }))).toBe('report v2');
    await installed(storage, 'v3', { ...V2, '/': 'home v3' });
    expect(await storage.keys()).toEqual(['nianbao||v2', 'nianbao||v3']);
  });

  it('an app in a folder touches only its own caches and paths', async () => {
    const storage = new MemoryCaches();
    await installed(storage, 'other', { '/index.html': 'x' }, '/nianbao-test');
    const sw = await installed(storage, 'v1', V1, '/nianbao');
    await installed(storage, 'v2', V2, '/nianbao');
    await installed(storage, 'v3', V2, '/nianbao');
    expect(await storage.keys()).toEqual(['nianbao|/nianbao-test|other', 'nianbao|/nianbao|v2', 'nianbao|/nianbao|v3']);
    expect(await sw.fetch('/', { mode: 'navigate' })).toBeNull();
    expect(await sw.fetch('/nianbao-test/index.html')).toBeNull();
  });

  it('a failed download at install installs nothing (the app keeps working from its server)', async () => {
    const storage = new MemoryCaches();
    network({ '/': 'home v1' });
    const sw = worker(storage, 'v1', V1);
    await expect(sw.lifecycle('install')).rejects.toThrow('addAll');
    expect(sw.skipped).toBe(false);
  });
});
