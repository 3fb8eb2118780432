// Table rows rebuilt from the two table shapes pasted text has without tabs:
// - one cell per line ending with 「 |」, empty cells as bars on a line of their own (「|||」): the
//   cells of each printed row, padded with empty cells to the table's width (sample 001);
// - PDF text: a row's label, possibly broken over lines, then its numbers separated by spaces,
//   on the label's last line or on a line of their own (sample 003).
import type { TableId } from '@/lib/report/template/layout';
import { tableById } from '@/lib/report/template/tables';
import { startsNumbered } from '../../recognise/headings';
import { cellKind, isValueCell, labelKey } from '../../recognise/normalise';
import { firstTableMarker } from '../../recognise/tables/markers';

/** The cells of lines in the one-cell-per-line shape: the text between bars, line breaks dropped. */
function barCells(lines: readonly string[]): string[] {
  const cells = lines.join('\n').split('|');
  if (cells.length > 0 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
  return cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
}

/**
 * Rows from cells in document order, without knowing the table's width: a row is label cells
 * followed by value cells; a label after values, or a numbered label after labels, starts the
 * next row. Empty cells carry no position here and are dropped.
 */
export function groupCells(cells: readonly string[]): string[][] {
  const rows: string[][] = [];
  let labels: string[] = [];
  let values: string[] = [];
  const flush = () => {
    if (labels.length + values.length > 0) rows.push([...labels, ...values]);
    labels = [];
    values = [];
  };
  for (const cell of cells) {
    const kind = cellKind(cell);
    if (kind === 'empty') continue;
    if (kind !== 'label') {
      values.push(cell);
      continue;
    }
    if (values.length > 0 || (labels.length > 0 && startsNumbered(cell))) flush();
    labels.push(cell);
  }
  flush();
  return rows;
}

/** Rows of a known width hold every position, blank cells included; they must start with a label. */
function chunk(cells: readonly string[], table: TableId): string[][] | null {
  const width = tableById(table).gridColumns;
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  const fits = rows.every((row) => {
    const kinds = row.map(cellKind).filter((kind) => kind !== 'empty');
    if (table === 'table4') return !kinds.includes('number') || !kinds.includes('label');
    return kinds.length === 0 || kinds[0] === 'label';
  });
  return fits ? rows : null;
}

/** Rows of the one-cell-per-line shape, using the template's width of the table they hold. */
export function barRows(lines: readonly string[], sectionTable: TableId | null): string[][] {
  const cells = barCells(lines);
  const table = sectionTable ?? firstTableMarker(labelKey(cells.join('')));
  return (table && chunk(cells, table)) ?? groupCells(cells);
}

/** A PDF line as cells: its label text, then each number (or 「/」) at its end. */
function lineCells(line: string): string[] {
  const tokens = line
    .replace(/(\d)\s+(万元|元|件)(?=\s|$)/g, '$1$2')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let cut = tokens.length;
  while (cut > 0 && isValueCell(tokens[cut - 1] ?? '')) cut--;
  const label = tokens.slice(0, cut).join(' ');
  return [...(label ? [label] : []), ...tokens.slice(cut)];
}

/** Rows of PDF text: labels broken over lines are joined to the numbers that follow them. */
export const pdfRows = (lines: readonly string[]): string[][] => groupCells(lines.flatMap(lineCells));

/** A PDF line that looks like a table row: at least `min` numbers at its end. */
export function trailingNumbers(line: string): number {
  const cells = lineCells(line);
  let count = 0;
  for (let i = cells.length - 1; i >= 0 && cellKind(cells[i] ?? '') === 'number'; i--) count++;
  return count;
}
