// Cells with row and column spans placed on a grid the way an HTML table places them: each cell
// takes the first slot of its row that no cell from above still covers, then covers its spans.
// The one placement behind the wizard's grid, the DOCX tables, the importers' table readers and
// the paste reader. Bounded: hostile markup cannot make a grid that fills the memory.

export type Spanned = { rowSpan: number; colSpan: number };

/** A cell where it stands: its first row and column, and its spans as kept within the limits. */
export type Placed<T> = { cell: T; row: number; column: number; rowSpan: number; colSpan: number };

export type GridLimits = {
  /** The widest grid kept: a cell starting further right is dropped, a span is cut at the edge. */
  columns: number;
  /** Slots the spans may fill in all: past that, a cell spans one row (a span of 10⁸ rows is not honoured). */
  slots?: number;
};

/** The cells of each row where they start, in row order; spans are cut at the grid's last row. */
export function placeCells<T extends Spanned>(rows: readonly (readonly T[])[], limits: GridLimits): Placed<T>[][] {
  const occupied: Uint8Array[] = rows.map(() => new Uint8Array(limits.columns));
  let budget = limits.slots ?? Number.POSITIVE_INFINITY;
  return rows.map((row, r) => {
    const placed: Placed<T>[] = [];
    const line = occupied[r];
    let column = 0;
    for (const cell of row) {
      while (column < limits.columns && line?.[column]) column++;
      if (column >= limits.columns) break;
      const colSpan = Math.max(1, Math.min(cell.colSpan, limits.columns - column));
      const rowsLeft = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      const wanted = rowsLeft * colSpan;
      const rowSpan = wanted <= budget ? rowsLeft : 1;
      budget -= Math.min(budget, wanted);
      for (let k = r; k < r + rowSpan; k++) occupied[k]?.fill(1, column, column + colSpan);
      placed.push({ cell, row: r, column, rowSpan, colSpan });
      column += colSpan;
    }
    return placed;
  });
}

/** How many columns the placed cells reach. */
export const placedWidth = (placed: readonly (readonly Placed<unknown>[])[]): number =>
  placed.reduce((widest, row) => row.reduce((w, p) => Math.max(w, p.column + p.colSpan), widest), 0);

/** Every row's slots, as `fill` gives them for the cell covering each slot (`first`: its top-left slot). */
export function fillGrid<T, V>(placed: readonly (readonly Placed<T>[])[], columns: number, fill: (cell: T, first: boolean) => V, empty: V): V[][] {
  const grid = placed.map(() => Array<V>(columns).fill(empty));
  for (const row of placed) {
    for (const p of row) {
      for (let r = p.row; r < p.row + p.rowSpan; r++) {
        for (let c = p.column; c < p.column + p.colSpan; c++) {
          const line = grid[r];
          if (line) line[c] = fill(p.cell, r === p.row && c === p.column);
        }
      }
    }
  }
  return grid;
}
