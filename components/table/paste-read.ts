// Reading what was pasted into a block of cells, in the paste event itself (is it one value, an
// ordinary paste, or a block?). Placing the block (./paste) loads on the first block pasted.
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_SPANNED_SLOTS, spanOf } from '@/lib/import/read/grid';
import { fillGrid, placeCells, placedWidth } from '@/lib/report/grid';
import type { TableLayout } from '@/lib/report/template/layout';

/** Tab-separated text as Excel and WPS put it on the clipboard. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/**
 * The first table of copied HTML, its merged cells placed on the grid with their text in the first
 * slot only. No span reaches further than across the template's grid (`into`, the table pasted
 * into): a copied cell of this report is never wider or taller than the whole table, so
 * 「colspan="100000000"」 is read as the table's width and 「colspan="1e10"」 as 1, and the block stays
 * as small as what was copied.
 */
export function parseHtmlTable(doc: Document, into: Pick<TableLayout, 'gridColumns' | 'rows'>): string[][] | null {
  const table = doc.querySelector('table');
  if (!table) return null;
  const rows = [...table.querySelectorAll('tr')].slice(0, MAX_GRID_ROWS).map((tr) =>
    [...tr.querySelectorAll('td, th')].slice(0, MAX_GRID_COLUMNS).map((cell) => ({
      text: (cell.textContent ?? '').trim(),
      rowSpan: spanOf(cell.getAttribute('rowspan'), into.rows.length),
      colSpan: spanOf(cell.getAttribute('colspan'), into.gridColumns),
    })),
  );
  const placed = placeCells(rows, { columns: MAX_GRID_COLUMNS, slots: MAX_SPANNED_SLOTS });
  return fillGrid(placed, placedWidth(placed), (cell, first) => (first ? cell.text : ''), '');
}
