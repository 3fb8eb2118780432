// A table's value cells as a grid a clerk moves through: rows of cells, each with the grid
// column it starts at, and for every input the input to go to with each arrow key.
import { placeCells } from '@/lib/report/grid';
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
  const placed = placeCells(table.rows, { columns: table.gridColumns });
  const rows: GridCell[][] = [];
  for (const row of placed) {
    const values = row.flatMap((p) => (p.cell.kind === 'value' ? [p.cell] : []).map((cell) => ({ cell, column: p.column })));
    if (values.length > 0) rows.push(values.map(({ cell, column }, index) => ({ ...cell, row: rows.length, index, gridColumn: column })));
  }
  return { rows, starts: placed.map((row) => row.map((p) => p.column)) };
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
