#!/usr/bin/env node
// After `next build`: writes out/sw.js, the service worker (scripts/sw.js) with the list of every
// file of this build and a version that changes whenever any of them does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { basePath } from './base-path.mjs';

const out = process.env.OUT_DIR ?? 'out';
const base = basePath;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** The URL a file is requested by: a page's index.html by its folder. */
function urlOf(file) {
  const path = `/${relative(out, file).split(sep).join('/')}`;
  return `${base}${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

const files = [...walk(out)].filter((file) => relative(out, file) !== 'sw.js').sort();
const hash = createHash('sha256');
for (const file of files) hash.update(relative(out, file)).update(readFileSync(file));
const precache = { version: hash.digest('hex').slice(0, 16), base, files: files.map(urlOf) };
writeFileSync(join(out, 'sw.js'), `const PRECACHE = ${JSON.stringify(precache)};\n${readFileSync(new URL('./sw.js', import.meta.url), 'utf8')}`);
console.log(`out/sw.js：离线缓存 ${files.length} 个文件（版本 ${precache.version}）`);
