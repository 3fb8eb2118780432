// A PDF page's text runs (pdf.js text items: a string, where its baseline starts, how wide, how
// big) → lines of cells. Runs on one baseline are one line; within it a gap of an em or more
// starts a new cell (a table column), a smaller gap is a space between Latin words or digits and
// nothing between Chinese characters (WPS and LibreOffice cut runs at every change of script).

/** A run of text as pdf.js places it, in PDF points, y upwards from the page's bottom edge. */
export type TextRun = { text: string; x: number; y: number; width: number; size: number };
export type PdfPage = { width: number; height: number; runs: TextRun[] };

/** What stands together on a line: a table cell, or all of a line of prose. */
export type LineCell = { text: string; x0: number; x1: number; y: number; size: number; page: number };
export type Line = { page: number; y: number; size: number; x0: number; x1: number; cells: LineCell[] };

/** Runs whose baselines are this close (in ems of the smaller run) stand on one line. */
const SAME_LINE = 0.4;
/** A gap this wide (in ems) separates cells, not words… */
const CELL_GAP = 1;
/** …and this wide between two Chinese characters, which no space ever separates (narrow columns). */
const CJK_CELL_GAP = 0.5;
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
/** A gap narrower than this (in ems) is no space at all: text cut into runs by the PDF's writer. */
const WORD_GAP = 0.15;
/** The page's top and bottom margin (a share of its height) where page numbers stand. */
const MARGIN_SHARE = 0.12;
const PAGE_NUMBER = [/^[-—–―－_\s]*\d{1,3}[-—–―－_\s]*$/, /^第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?$/, /^\d{1,3}\s*\/\s*\d{1,3}$/];

const LATIN = /[\p{Script=Latin}\p{N}%.,:;/@+\-)]/u;
const LATIN_START = /[\p{Script=Latin}\p{N}(@+\-]/u;

/** The space between two pieces of text put side by side: one only between Latin words or numbers. */
export function joiner(before: string, after: string): string {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  return LATIN.test(last) && LATIN_START.test(first) && last !== ' ' && first !== ' ' ? ' ' : '';
}

function cellsOf(runs: readonly TextRun[], page: number): LineCell[] {
  const cells: LineCell[] = [];
  let cell: LineCell | null = null;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const gap = cell ? run.x - cell.x1 : Number.POSITIVE_INFINITY;
    const em = Math.min(run.size, cell?.size ?? run.size);
    const cjk = cell !== null && CJK.test(cell.text.at(-1) ?? '') && CJK.test(run.text[0] ?? '');
    if (!cell || gap >= CELL_GAP * em || (cjk && gap >= CJK_CELL_GAP * em)) {
      cell = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size, page };
      cells.push(cell);
      continue;
    }
    cell.text += gap > WORD_GAP * em ? joiner(cell.text, run.text) + run.text : run.text;
    cell.x1 = Math.max(cell.x1, run.x + run.width);
    cell.size = Math.max(cell.size, run.size);
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }));
}

const isPageNumber = (line: Line, height: number): boolean =>
  (line.y < height * MARGIN_SHARE || line.y > height * (1 - MARGIN_SHARE)) && PAGE_NUMBER.some((re) => re.test(line.cells.map((c) => c.text).join(' ').trim()));

/** The page's lines from top to bottom, page numbers left out. */
export function pageLines(page: PdfPage, index: number): Line[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '' && run.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - run.y) <= SAME_LINE * Math.min(first.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups
    .map((group): Line => {
      const cells = cellsOf(group, index);
      return {
        page: index,
        y: Math.max(...group.map((r) => r.y)),
        size: Math.max(...group.map((r) => r.size)),
        x0: Math.min(...cells.map((c) => c.x0)),
        x1: Math.max(...cells.map((c) => c.x1)),
        cells,
      };
    })
    .filter((line) => line.cells.some((c) => c.text !== '') && !isPageNumber(line, page.height));
}
