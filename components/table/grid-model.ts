// A table's value cells as a grid a clerk moves through: rows of cells, each with the grid
// column it starts at, and for every input the input to go to with each arrow key.
import type { TableLayout, ValueCell } from '@/lib/report/template/layout';

export type GridCell = ValueCell & { row: number; index: number; gridColumn: number };
export type Move = 'up' | 'down' | 'left' | 'right';
export type GridModel = {
  rows: GridCell[][];
  byPath: ReadonlyMap<string, GridCell>;
  moves: ReadonlyMap<string, Partial<Record<Move, string>>>;
  /** For every layout row, the grid column each of its cells starts at. */
  starts: readonly (readonly number[])[];
};

function place(table: TableLayout): { rows: GridCell[][]; starts: number[][] } {
  const occupied: boolean[][] = table.rows.map(() => Array<boolean>(table.gridColumns).fill(false));
  const rows: GridCell[][] = [];
  const starts: number[][] = [];
  table.rows.forEach((cells, r) => {
    let c = 0;
    const values: GridCell[] = [];
    const rowStarts: number[] = [];
    starts.push(rowStarts);
    for (const cell of cells) {
      while (occupied[r]?.[c]) c++;
      rowStarts.push(c);
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) occupied[r + dr]?.splice(c + dc, 1, true);
      if (cell.kind === 'value') values.push({ ...cell, row: rows.length, index: values.length, gridColumn: c });
      c += cell.colSpan;
    }
    if (values.length > 0) rows.push(values);
  });
  return { rows, starts };
}

const covers = (cell: GridCell, column: number) => column >= cell.gridColumn && column < cell.gridColumn + cell.colSpan;

function vertical(rows: GridCell[][], from: GridCell, step: 1 | -1): string | undefined {
  for (let r = from.row + step; r >= 0 && r < rows.length; r += step) {
    const target = rows[r]?.find((cell) => covers(cell, from.gridColumn) && !cell.computed);
    if (target) return target.path;
  }
  return undefined;
}

function horizontal(row: GridCell[], from: GridCell, step: 1 | -1): string | undefined {
  for (let i = from.index + step; i >= 0 && i < row.length; i += step) {
    const target = row[i];
    if (target && !target.computed) return target.path;
  }
  return undefined;
}

const cache = new WeakMap<TableLayout, GridModel>();

export function gridModel(table: TableLayout): GridModel {
  const cached = cache.get(table);
  if (cached) return cached;
  const { rows, starts } = place(table);
  const cells = rows.flat();
  const moves = new Map(
    cells.map((cell) => [
      cell.path,
      {
        up: vertical(rows, cell, -1),
        down: vertical(rows, cell, 1),
        left: horizontal(rows[cell.row] ?? [], cell, -1),
        right: horizontal(rows[cell.row] ?? [], cell, 1),
      },
    ]),
  );
  const model = { rows, byPath: new Map(cells.map((cell) => [cell.path, cell])), moves, starts };
  cache.set(table, model);
  return model;
}
