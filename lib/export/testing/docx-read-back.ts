// A built DOCX read back for the tests: its parts as text and as parsed XML, and its tables as
// grids of cells with their start column, span, vertical merge and text.
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';

export type DocxParts = { text: (path: string) => string; xml: (path: string) => Document; paths: string[] };

export function readBack(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const parser = new new JSDOM().window.DOMParser();
  const text = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`no ${path} in the DOCX`);
    return strFromU8(file);
  };
  return { text, xml: (path) => parser.parseFromString(text(path), 'application/xml'), paths: Object.keys(files) };
}

/** Elements named `w:{name}` below `root`, in document order. */
export const all = (root: Document | Element, name: string): Element[] => [...root.getElementsByTagName(`w:${name}`)];
/** The direct children of `el` named `w:{name}`. */
export const kids = (el: Element, name: string): Element[] => [...el.children].filter((c) => c.tagName === `w:${name}`);
export const first = (root: Document | Element, name: string): Element | undefined => all(root, name)[0];
export const attr = (el: Element | undefined, name: string): string | null => el?.getAttribute(`w:${name}`) ?? null;
/** The text of the runs below `el`. */
export const textOf = (el: Element | Document): string => all(el, 't').map((t) => t.textContent).join('');

export type GridCell = { el: Element; start: number; span: number; vMerge: 'restart' | 'continue' | null; width: number; text: string };
export type Grid = { columns: number[]; width: number; rows: GridCell[][]; trs: Element[] };

export function gridOf(tbl: Element): Grid {
  const columns = all(tbl, 'gridCol').map((c) => Number(attr(c, 'w')));
  const trs = kids(tbl, 'tr');
  const rows = trs.map((tr) => {
    let start = 0;
    return kids(tr, 'tc').map((tc): GridCell => {
      const tcPr = kids(tc, 'tcPr')[0];
      const span = Number(attr(tcPr && kids(tcPr, 'gridSpan')[0], 'val') ?? 1);
      const merge = tcPr && kids(tcPr, 'vMerge')[0];
      const cell = {
        el: tc,
        start,
        span,
        vMerge: merge ? (attr(merge, 'val') === 'restart' ? 'restart' : 'continue') : null,
        width: Number(attr(tcPr && kids(tcPr, 'tcW')[0], 'w')),
        text: textOf(tc),
      } as const;
      start += span;
      return cell;
    });
  });
  return { columns, width: Number(attr(first(tbl, 'tblW'), 'w')), rows, trs };
}

/** How many rows below the cell reading `text` continue its vertical merge. */
export function mergedBelow(grid: Grid, text: string): number {
  const r = grid.rows.findIndex((row) => row.some((c) => c.text === text));
  const cell = grid.rows[r]?.find((c) => c.text === text);
  if (!cell || cell.vMerge !== 'restart') return 0;
  let n = 0;
  while (grid.rows[r + n + 1]?.some((c) => c.start === cell.start && c.vMerge === 'continue')) n++;
  return n;
}
