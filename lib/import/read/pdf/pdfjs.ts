// pdf.js (pdfjs-dist, the legacy build: it runs on Node 20 and on the older Chromium cores of 360
// and QQ browsers), loaded only when a PDF is opened. Its worker, cMaps (the character maps of
// Chinese fonts that are not embedded) and standard fonts come from the app's own origin
// (scripts/copy-pdfjs.mjs puts them in the static export, public/ is not used) or, in Node, from
// node_modules: nothing is fetched from anywhere else. Only text is extracted, so no canvas is
// needed: pdf.js's optional @napi-rs/canvas may be missing (npm installs it where it can).
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

/** Where the static export serves pdf.js's files (scripts/copy-pdfjs.mjs). */
export const PDFJS_FOLDER = 'pdfjs';

export type PdfEngine = { pdfjs: PdfJs; cMapUrl: string; standardFontDataUrl: string };

const inNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

async function nodeEngine(): Promise<PdfEngine> {
  // pdf.js builds a DOMMatrix when its module loads, for drawing only; Node has none without canvas.
  globalThis.DOMMatrix ??= class {} as unknown as typeof DOMMatrix;
  // NOTE: without @napi-rs/canvas pdf.js warns (console.warn) while its module loads, about
  // drawing we never do; the command line's standard error is the clerk's report, so not there.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) warn(...args);
  };
  let pdfjs: PdfJs;
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
  }
  const resolve = process.getBuiltinModule('node:module').createRequire(import.meta.url).resolve;
  const root = resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  return { pdfjs, cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` };
}

async function browserEngine(): Promise<PdfEngine> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const folder = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/${PDFJS_FOLDER}`;
  const origin = typeof location === 'object' ? location.origin : '';
  pdfjs.GlobalWorkerOptions.workerSrc = `${origin}${folder}/pdf.worker.min.js`;
  return { pdfjs, cMapUrl: `${origin}${folder}/cmaps/`, standardFontDataUrl: `${origin}${folder}/standard_fonts/` };
}

let loading: Promise<PdfEngine> | null = null;

export function pdfEngine(): Promise<PdfEngine> {
  loading ??= (inNode ? nodeEngine() : browserEngine()).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
