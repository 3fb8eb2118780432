// Which modules make up each page's first-load JavaScript, with their gzipped weight:
// `NIANBAO_SOURCE_MAPS=1 npm run build && node scripts/chunks.mjs` (the README's breakdown).
// A chunk's gzip size is shared among its modules in proportion to their minified bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const out = process.argv[2] ?? 'out';
const pages = { 首页: 'index.html', 表三: 'report/index.html', 从上年报告开始: 'import/index.html', 汇总与核查: 'summary/index.html' };

function groupOf(source) {
  const ours = source.match(/(?:_N_E\/(?:\.\/)?|\[project\]\/)(lib|components|app)\/(.*)$/);
  if (ours) return `${ours[1]}/${ours[2].split('/').slice(0, ours[1] === 'lib' ? 2 : 1).join('/')}`;
  if (/next\/dist\/compiled\/react-dom\//.test(source)) return 'react-dom';
  if (/next\/dist\/compiled\/(react|scheduler)\//.test(source)) return 'react';
  const lib = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (lib && lib[1] !== 'next') return lib[1];
  return 'next (runtime and router)';
}

function modules(file) {
  const code = readFileSync(file, 'utf8');
  const gz = gzipSync(code).length;
  const weights = new Map();
  const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  const mapFile = named ? join(file, '..', named) : `${file}.map`;
  if (!existsSync(mapFile)) return { gz, weights: new Map([['(no map)', gz]]) };
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const lines = code.split('\n');
  let last = null;
  let total = 0;
  consumer.eachMapping((m) => {
    if (last && last.line === m.generatedLine) {
      const bytes = m.generatedColumn - last.column;
      weights.set(last.group, (weights.get(last.group) ?? 0) + bytes);
      total += bytes;
    }
    last = { line: m.generatedLine, column: m.generatedColumn, group: m.source ? groupOf(m.source) : 'next (runtime and router)' };
  });
  if (last) {
    const bytes = (lines[last.line - 1]?.length ?? 0) - last.column;
    weights.set(last.group, (weights.get(last.group) ?? 0) + bytes);
    total += bytes;
  }
  for (const [k, v] of weights) weights.set(k, (v / Math.max(total, 1)) * gz);
  return { gz, weights };
}

for (const [name, page] of Object.entries(pages)) {
  const html = join(out, page);
  if (!existsSync(html)) continue;
  const srcs = [...new Set([...readFileSync(html, 'utf8').matchAll(/<script src="([^"]+\.js)"(?![^>]*noModule)/g)].map((m) => m[1]))];
  const sum = new Map();
  let total = 0;
  for (const src of srcs) {
    const { gz, weights } = modules(join(out, src.slice(src.indexOf('_next'))));
    total += gz;
    for (const [k, v] of weights) sum.set(k, (sum.get(k) ?? 0) + v);
  }
  console.log(`\n${name}: ${(total / 1024).toFixed(1)} KB gz in ${srcs.length} scripts`);
  for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).filter(([, v]) => v > 300)) console.log(`${(v / 1024).toFixed(1).padStart(7)} KB  ${k}`);
}
