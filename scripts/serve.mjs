#!/usr/bin/env node
// Serves the static export in out/ on 127.0.0.1 (`next start` refuses `output: 'export'`).
// The headers are the ones the README recommends for any web server hosting the app.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { basePath } from './base-path.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const outDir = resolve(process.env.OUT_DIR ?? 'out');
const root = (() => {
  try {
    return realpathSync(outDir);
  } catch {
    return outDir; // not built yet: every request is a 404 until it is
  }
})();

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export const securityHeaders = {
  // Next's static export bootstraps with inline scripts, hence 'unsafe-inline'; nothing may load
  // from or connect to another origin.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Text is sent gzipped to a browser that accepts it, as the README asks of any web server (nginx's
// `gzip on`): a slow intranet link carries a third of the bytes. Each file is compressed once.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.webmanifest']);
const gzipped = new Map();

function gzippedFile(file) {
  const { mtimeMs, size } = statSync(file);
  const cached = gzipped.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs, size, body });
  return body;
}

const acceptsGzip = (req) => /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(String(req.headers['accept-encoding'] ?? ''));

// An app built with NIANBAO_BASE_PATH=/nianbao is served under that folder, as a web server would.
const base = basePath;

/** Whether a resolved path is root or lies under it (`..` or another drive is outside). */
function inside(full) {
  const rel = relative(root, full);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (base) {
    if (path !== base && !path.startsWith(`${base}/`)) return null;
    path = path.slice(base.length) || '/';
  }
  // NOTE: a prefix test (`full.startsWith(root)`) let `/../out-private/x` reach a sibling folder
  // `out-private`. A file is served only when its real path (links followed) lies inside root.
  if (path.includes('\\') || path.includes('\0')) return null;
  const full = resolve(root, `.${path}`);
  if (!inside(full)) return null;
  for (const candidate of [full, join(full, 'index.html'), `${full}.html`]) {
    try {
      if (statSync(candidate).isFile() && inside(realpathSync(candidate))) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, securityHeaders).end();
    return;
  }
  const file = fileFor(req.url ?? '/');
  const status = file ? 200 : 404;
  const body = file ?? fileFor(`${base}/404.html`);
  const headers = { ...securityHeaders, 'Content-Type': types[extname(body ?? '.txt')] ?? 'application/octet-stream' };
  if (!body) {
    res.writeHead(404, headers).end('404');
    return;
  }
  if (body.includes(`${join(root, '_next', 'static')}`)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  else headers['Cache-Control'] = 'no-cache';
  if (COMPRESSED.has(extname(body))) {
    headers.Vary = 'Accept-Encoding';
    if (acceptsGzip(req)) {
      const gz = gzippedFile(body);
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': gz.length });
      res.end(req.method === 'HEAD' ? undefined : gz);
      return;
    }
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`年报助手已启动：http://${host}:${port}${base}/ （按 Ctrl+C 停止）`);
});
