// A template table laid out on its grid, as a web page or a PDF prints it: every cell at the
// row and column where it starts, the positions its spans cover marked as covered (with the text
// of the cell covering them, which a Word or web reader repeats there). Test helper.
import type { LayoutCell, TableLayout } from '@/lib/report/template/layout';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { computeTotals } from '@/lib/report/totals';

export type Placed = { kind: 'label' | 'value' | 'covered'; text: string };

/** The text each value cell prints: the report's own value (a printed total too), else the computed total. */
export function printedValues(report: DraftReport): (path: string) => string {
  const totals = computeTotals(report);
  return (path) => {
    const own = getAt(report, path);
    const value = typeof own === 'number' || typeof own === 'string' ? own : totals.get(path);
    return value === null || value === undefined ? '' : String(value);
  };
}

export function layoutGrid(table: TableLayout, valueOf: (path: string) => string): Placed[][] {
  const grid: (Placed | undefined)[][] = table.rows.map(() => Array<Placed | undefined>(table.gridColumns).fill(undefined));
  table.rows.forEach((row: readonly LayoutCell[], r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      const text = cell.kind === 'label' ? cell.text : valueOf(cell.path);
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const target = grid[r + dr];
          if (target) target[c + dc] = { kind: 'covered', text };
        }
      }
      const origin = grid[r];
      if (origin) origin[c] = { kind: cell.kind, text };
      c += cell.colSpan;
    }
  });
  return grid.map((row) => row.map((cell) => cell ?? { kind: 'covered', text: '' }));
}

/** The cells a row prints itself (not those covered by a span from the left or from above). */
export const originCells = (row: readonly Placed[]): Placed[] => row.filter((cell) => cell.kind !== 'covered');

/** The grid as a Word or web reader gives it (parsed-document.ts): a spanning cell's text in every position it covers. */
export const expandedRows = (grid: readonly (readonly Placed[])[]): string[][] => grid.map((row) => row.map((cell) => cell.text));
