// A PDF's lines → the paragraphs and tables of a ParsedDocument. Tables are the runs of lines set
// smaller than the body text or laid out in cells (two or more on a line), holding numbers;
// everything else is prose, broken into paragraphs where a line is indented or centred, where
// the line before it stopped short of the right margin, or where the size of the text changes.
import { cellKind } from '../../recognise/normalise';
import { foldRadicals } from '../../recognise/radicals';
import type { DocumentBlock, ParsedDocument } from '../../parsed-document';
import { pageLines, type Line, type PdfPage } from './lines';
import { tableGrid } from './table-grid';

/** Text this much smaller than the body's is a table's. */
const SMALL = 0.9;
/** A line starting this far (in ems) right of the page's left margin is indented or centred. */
const INDENT = 0.8;
/** A line ending this far (in ems) short of the right margin ends its paragraph. */
const SHORT = 1.5;
/** Sizes further apart than this share are different kinds of text (title, body, table). */
const SIZE_STEP = 0.12;
/** A table has at least this many numbers. */
const MIN_TABLE_NUMBERS = 2;

/** A line of prose is one cell at least this long; a table's lines are cells or short labels. */
const PROSE_LINE = 15;

/** The size most of the prose is set in (a report of many tables may have more text in them). */
function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  const prose = lines.filter((line) => line.cells.length === 1 && (line.cells[0]?.text.length ?? 0) >= PROSE_LINE);
  for (const line of prose.length > 0 ? prose : lines) {
    for (const cell of line.cells) {
      const size = Math.round(cell.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + cell.text.length);
    }
  }
  return [...weight].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}

const numbersIn = (lines: readonly Line[]) => lines.reduce((n, line) => n + line.cells.filter((cell) => cellKind(cell.text) === 'number').length, 0);
const lineText = (line: Line) => line.cells.map((cell) => cell.text).join(' ');

/** The margins of each page's prose: where most lines start, and how far the longest reach. */
function margins(lines: readonly Line[]): Map<number, { left: number; right: number }> {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  return new Map(
    [...byPage].map(([page, pageLines]) => {
      const lefts = pageLines.map((l) => l.x0).sort((a, b) => a - b);
      const rights = pageLines.map((l) => l.x1).sort((a, b) => a - b);
      return [page, { left: lefts[0] ?? 0, right: rights[Math.floor(rights.length * 0.9)] ?? 0 }];
    }),
  );
}

/**
 * Between the lines of a paragraph: nothing (Chinese, and Latin or digits cut at the line's end,
 * 「https://www.e」「xample.gov.cn」, 「750」「001」), a space between two words of letters.
 */
function lineJoiner(before: string, after: string): string {
  const word = /[A-Za-z]+$/.exec(before)?.[0];
  const token = /[\x21-\x7E]+$/.exec(before)?.[0] ?? '';
  return word && /^[A-Za-z]/.test(after) && !/[./@:_\-]/.test(token) ? ' ' : '';
}

function paragraphs(lines: readonly Line[]): DocumentBlock[] {
  const edges = margins(lines);
  const blocks: DocumentBlock[] = [];
  let text = '';
  let previous: Line | null = null;
  for (const line of lines) {
    const edge = edges.get(line.page) ?? { left: 0, right: 0 };
    const before = previous ? (edges.get(previous.page) ?? edge) : edge;
    const starts =
      !previous ||
      line.x0 > edge.left + INDENT * line.size ||
      previous.x1 < before.right - SHORT * previous.size ||
      Math.abs(line.size - previous.size) > SIZE_STEP * previous.size;
    const current = lineText(line);
    if (starts && text !== '') {
      blocks.push({ kind: 'paragraph', text });
      text = '';
    }
    text += lineJoiner(text, current) + current;
    previous = line;
  }
  if (text !== '') blocks.push({ kind: 'paragraph', text });
  return blocks;
}

export function layoutDocument(pages: readonly PdfPage[]): ParsedDocument {
  const lines = pages.flatMap((page, i) => pageLines(page, i)).map((line) => ({ ...line, cells: line.cells.map((cell) => ({ ...cell, text: foldRadicals(cell.text) })) }));
  const body = bodySize(lines);
  const tabular = (line: Line) => line.cells.length >= 2 || line.size < SMALL * body;
  const blocks: DocumentBlock[] = [];
  let prose: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && tabular(lines[end] as Line)) end++;
    const run = lines.slice(i, end);
    if (run.length > 0 && numbersIn(run) >= MIN_TABLE_NUMBERS) {
      blocks.push(...paragraphs(prose), { kind: 'table', rows: tableGrid(run) });
      prose = [];
      i = end;
    } else {
      prose.push(...(run.length > 0 ? run : [lines[i] as Line]));
      i = Math.max(end, i + 1);
    }
  }
  blocks.push(...paragraphs(prose));
  return { blocks };
}
