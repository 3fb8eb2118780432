// scripts/serve.mjs serves out/ and nothing else: paths that climb out of it, however spelled,
// are 404 — tried against a real sibling folder `out-private` whose name shares out's prefix.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const parent = mkdtempSync(join(tmpdir(), 'nianbao-serve-'));
const out = join(parent, 'out');
const port = 31120 + Math.floor(Math.random() * 800);
let server: ChildProcess;

/** A raw GET: the path goes on the wire exactly as written (no URL normalisation). */
const get = (path: string) =>
  new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });

/** A GET with request headers, its body as bytes and its response headers. */
const fetchRaw = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });

const SCRIPT = `${'const 年报 = "政府信息公开工作年度报告";\n'.repeat(200)}`;

beforeAll(async () => {
  mkdirSync(join(out, 'sub'), { recursive: true });
  mkdirSync(join(parent, 'out-private'));
  writeFileSync(join(out, 'index.html'), 'home');
  writeFileSync(join(out, '404.html'), 'not found');
  writeFileSync(join(out, 'sub', 'page.html'), 'page');
  writeFileSync(join(out, 'app.js'), SCRIPT);
  writeFileSync(join(out, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(parent, 'out-private', 'x'), 'SECRET');
  writeFileSync(join(parent, 'secret.txt'), 'SECRET');
  symlinkSync(join(parent, 'secret.txt'), join(out, 'link.txt'));
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, OUT_DIR: out, NIANBAO_BASE_PATH: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready) => server.stdout?.once('data', () => ready()));
});

afterAll(() => {
  server.kill();
});

describe('scripts/serve.mjs', () => {
  it('serves the files of out/', async () => {
    expect(await get('/')).toEqual({ status: 200, body: 'home' });
    expect(await get('/sub/page')).toEqual({ status: 200, body: 'page' });
    expect(await get('/sub/../sub/page.html')).toEqual({ status: 200, body: 'page' });
  });

  it.each([
    '/../out-private/x',
    '/%2e%2e/out-private/x',
    '/%2E%2E%2Fout-private%2Fx',
    '/sub/..%2f..%2fout-private/x',
    '/..%5cout-private%5cx',
    '/..\\out-private\\x',
    `/${encodeURIComponent(join(parent, 'out-private', 'x'))}`,
    `/..${encodeURIComponent(join(parent, 'secret.txt'))}`,
    '/../secret.txt',
    '/link.txt',
    '/%00',
  ])('does not serve %s', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body).not.toContain('SECRET');
  });

  it('sends text gzipped to a browser that accepts it, and as it is to one that does not', async () => {
    const zipped = await fetchRaw('/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(SCRIPT);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
    for (const refused of [{}, { 'Accept-Encoding': 'gzip;q=0, br' }, { 'Accept-Encoding': 'identity' }] as Record<string, string>[]) {
      const plain = await fetchRaw('/app.js', refused);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(SCRIPT);
    }
    // An image is not compressed again; a 404 page is compressed like any page.
    const picture = await fetchRaw('/picture.png', { 'Accept-Encoding': 'gzip' });
    expect(picture.headers['content-encoding']).toBeUndefined();
    expect([...picture.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const missing = await fetchRaw('/nothing-here', { 'Accept-Encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString('utf8')).toBe('not found');
  });
});
