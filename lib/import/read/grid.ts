// Tables as rectangular grids of cell texts, whatever markup they came from: merged cells are
// expanded (a cell spanning n slots repeats its text in each), and a table nested in a cell is
// flattened into that cell's text. Sizes are bounded so that hostile markup cannot make a grid
// that fills the memory: no report table comes near these limits.
import { fillGrid, placeCells, placedWidth } from '@/lib/report/grid';
import { TABLES } from '@/lib/report/template/tables';

/** The widest grid kept; cells starting further right are dropped. */
export const MAX_GRID_COLUMNS = 100;
/** The longest grid kept; rows further down are dropped. */
export const MAX_GRID_ROWS = 10_000;
/** Tables nested deeper than this are not taken apart: their text runs on in the cell around them. */
export const MAX_TABLE_DEPTH = 16;
/** Slots one table's merged cells may fill before further spans are ignored. */
export const MAX_SPANNED_SLOTS = 1_000_000;

/**
 * The most a cell of an imported table may span: what a cell of the template's grid can (表四's 15
 * columns, 表三's 28 rows), twice over for a table drawn on a finer grid (Word's merged borders).
 * A pasted cell is held to the very table it is pasted into (components/table/paste.ts).
 */
export const MAX_CELL_COLUMNS = 2 * Math.max(...TABLES.map((table) => table.gridColumns));
export const MAX_CELL_ROWS = 2 * Math.max(...TABLES.map((table) => table.rows.length));

/** A cell placed as in HTML: it takes the first free slot of its row, then covers its spans. */
export type SpanCell = { text: string; rowSpan: number; colSpan: number };

/** A span attribute as a whole number from 1 to `max` (anything else counts as 1). */
export function spanOf(value: string | null | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Sparse rows (holes are slots no cell covers) → a rectangle padded with empty texts. */
export function padGrid(rows: readonly (readonly (string | undefined)[])[]): string[][] {
  const kept = rows.slice(0, MAX_GRID_ROWS);
  const width = Math.min(MAX_GRID_COLUMNS, kept.reduce((widest, row) => Math.max(widest, row.length), 0));
  return kept.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

export function expandSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  const placed = placeCells(rows.slice(0, MAX_GRID_ROWS), { columns: MAX_GRID_COLUMNS, slots: MAX_SPANNED_SLOTS });
  return fillGrid(placed, placedWidth(placed), (cell) => cell.text, '');
}

/** A nested table as text: each row's non-empty cells joined by tabs, one row a line. */
export const flattenTable = (rows: readonly (readonly string[])[]): string =>
  rows
    .map((row) => row.filter((text) => text.trim() !== '').join('\t'))
    .filter((line) => line !== '')
    .join('\n');
