#!/usr/bin/env node
// After `next build`: copies pdf.js's worker, its cMaps (the character maps that Chinese PDFs
// with fonts not embedded need) and its standard fonts into out/pdfjs/, so that a PDF is read
// with files of the app's own origin, offline too (write-sw.mjs lists them for the service
// worker). lib/import/read/pdf/pdfjs.ts loads them from there.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = join(process.env.OUT_DIR ?? 'out', 'pdfjs');
const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// .js, not .mjs: every web server sends .js as JavaScript, which a module worker needs (nosniff).
cpSync(join(root, 'legacy/build/pdf.worker.min.mjs'), join(out, 'pdf.worker.min.js'));
cpSync(join(root, 'cmaps'), join(out, 'cmaps'), { recursive: true });
cpSync(join(root, 'standard_fonts'), join(out, 'standard_fonts'), { recursive: true });
cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'));
console.log(`${out}：pdf.js 的 worker、cMaps 和标准字体`);
