// Pasted text (or a .txt) → paragraphs and table grids in document order, whichever way the text
// came out of a web page or a PDF: tab-separated cells (samples 000, 002, 004), one cell per line
// ending with 「 |」 (001), or PDF lines with numbers separated by spaces and labels broken over
// lines (003). Rows keep the label text and the numbers in column order; recognise.ts maps them.
import type { DocumentBlock, ParsedDocument } from '../../parsed-document';
import { isValueCell, labelKey, withoutSpaces } from '../../recognise/normalise';
import { firstTableMarker } from '../../recognise/tables/markers';
import { tableOfSection } from '@/lib/report/template/tables';
import { textLines } from './lines';
import { fullLineLength, joinLines } from './paragraphs';
import { regionsOf, type Region } from './regions';
import { barRows, pdfRows, trailingNumbers } from './tables';

const MIN_ROW_NUMBERS = 3;
/** Table 四 without its 总计 columns prints 12 numbers. */
const TABLE4_MIN_NUMBERS = 12;
const MAX_LABEL_LINE = 30;
const MAX_LABEL_LINES = 8;

const tableBlock = (rows: string[][]): DocumentBlock => ({ kind: 'table', rows });
const hasValues = (rows: readonly string[][]) => rows.some((row) => row.some((cell) => cell.trim() !== '' && isValueCell(cell)));
const isLabelLine = (line: string) => withoutSpaces(line).length <= MAX_LABEL_LINE && !/[。；;]/.test(line);

/** Table 四 is one row of 12 or 15 numbers under its headings (「行政复议」…): a table of one row. */
function isTable4Row(lines: readonly string[]): boolean {
  const last = lines[lines.length - 1] ?? '';
  return trailingNumbers(last) >= TABLE4_MIN_NUMBERS && firstTableMarker(labelKey(lines.join(''))) === 'table4';
}

/**
 * Outside sections 二–四 (a paste of tables without headings): runs of lines ending in several
 * numbers, with the short label lines between and just before them, are tables.
 */
function numberRuns(lines: readonly string[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number; rows: number } | null = null;
  const close = () => {
    if (run && (run.rows >= 2 || isTable4Row(lines.slice(run.start, run.end)))) runs.push({ start: run.start, end: run.end });
    run = null;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (trailingNumbers(line) >= MIN_ROW_NUMBERS) {
      if (!run) {
        let start = i;
        for (let back = i - 1, n = 0; back >= 0 && n < MAX_LABEL_LINES; back--) {
          const before = lines[back] ?? '';
          if (before.trim() === '') continue;
          if (!isLabelLine(before) || (runs.length > 0 && back < (runs[runs.length - 1]?.end ?? 0))) break;
          start = back;
          n++;
        }
        run = { start, end: i + 1, rows: 0 };
      }
      run.end = i + 1;
      run.rows++;
    } else if (!run || !isLabelLine(line)) {
      close();
    }
  });
  close();
  return runs;
}

function plainBlocks(region: Extract<Region, { kind: 'plain' }>, full: number): DocumentBlock[] {
  const paragraphs = (lines: readonly string[]) => joinLines(lines, full).map((text): DocumentBlock => ({ kind: 'paragraph', text }));
  if (region.section && tableOfSection(region.section)) {
    const rows = pdfRows(region.lines);
    return hasValues(rows) ? [tableBlock(rows)] : paragraphs(region.lines);
  }
  const blocks: DocumentBlock[] = [];
  let at = 0;
  for (const run of numberRuns(region.lines)) {
    blocks.push(...paragraphs(region.lines.slice(at, run.start)), tableBlock(pdfRows(region.lines.slice(run.start, run.end))));
    at = run.end;
  }
  return [...blocks, ...paragraphs(region.lines.slice(at))];
}

export function parseText(text: string): ParsedDocument {
  const regions = regionsOf(textLines(text));
  const proseLines = regions.flatMap((r) => (r.kind === 'plain' && !(r.section && tableOfSection(r.section)) ? r.lines : []));
  const full = fullLineLength(proseLines);
  const blocks = regions.flatMap((region): DocumentBlock[] => {
    switch (region.kind) {
      case 'heading':
        return [{ kind: 'paragraph', text: region.line }];
      case 'tab':
        return [tableBlock(region.lines.filter((line) => line.trim() !== '').map((line) => line.split('\t').map((cell) => cell.trim())))];
      case 'bar':
        return [tableBlock(barRows(region.lines, region.section ? (tableOfSection(region.section)?.id ?? null) : null))];
      case 'plain':
        return plainBlocks(region, full);
    }
  });
  return { blocks };
}
