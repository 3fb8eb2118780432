// The lines of one table in a PDF → a grid of cell texts, as a DOCX table's grid is read (one row
// per row of numbers, the label columns first, then one column per column of numbers), so that
// recognition reads it the same way. A PDF has no cells, only text placed on the page:
// - the number columns are the x-ranges where numbers stand (a column's numbers overlap in x,
//   whether they are set left, centred or right; two columns' numbers never do);
// - the label columns are where the labels left of them start;
// - each line of a label belongs to the nearest row of numbers with no heading between them: the
//   label is centred on its numbers (WPS, LibreOffice, browsers) or starts beside them (the top
//   of the cell, Word's default), whichever fits the table better; so a label broken over lines is
//   one label, and one merged over several rows goes with the row nearest its middle;
// - lines that belong to no row of numbers (column headings, 「第二十条 第（一）项」) are rows of their own.
import { cellKind } from '../../recognise/normalise';
import { padGrid } from '../grid';
import { joiner, type Line, type LineCell } from './lines';

/** A number and its row are aligned when their baselines are this close (in ems). */
const ALIGNED = 0.45;
/** Label starts this close (in ems) are one label column. */
const SAME_COLUMN = 0.6;
/** How far (in ems) a label's lines reach from its numbers: centred in the cell, or from its top. */
const MAX_CENTRED_REACH = 3.5;
const MAX_TOP_REACH = 8;
/** Moving a label's line to another row must centre the two rows better by this much (in ems). */
const CENTRING_GAIN = 0.1;
const MAX_CENTRING_ROUNDS = 8;

type ValueRow = { page: number; y: number; size: number; texts: Map<number, string> };
type Span = { x0: number; x1: number };

const isNumber = (cell: LineCell) => cellKind(cell.text) === 'number';
const isPlaceholder = (cell: LineCell) => cellKind(cell.text) === 'placeholder';
const ordered = (a: { page: number; y: number }, b: { page: number; y: number }) => a.page - b.page || b.y - a.y;
const aligned = (cell: LineCell, row: { page: number; y: number }) => cell.page === row.page && Math.abs(cell.y - row.y) <= ALIGNED * cell.size;
const overlapOf = (a: Span, b: Span) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/** The x-ranges of the number columns, left to right. */
function numberColumns(numbers: readonly LineCell[]): Span[] {
  const columns: Span[] = [];
  for (const cell of [...numbers].sort((a, b) => a.x0 - b.x0)) {
    const last = columns[columns.length - 1];
    if (last && cell.x0 < last.x1) last.x1 = Math.max(last.x1, cell.x1);
    else columns.push({ x0: cell.x0, x1: cell.x1 });
  }
  return columns;
}

/** The column a cell over the number columns stands in: the one it overlaps most, else the nearest. */
function columnOf(cell: Span, columns: readonly Span[]): number {
  let best = 0;
  let score = Number.NEGATIVE_INFINITY;
  columns.forEach((column, i) => {
    const s = overlapOf(cell, column);
    if (s > score) {
      score = s;
      best = i;
    }
  });
  return best;
}

function labelColumns(labels: readonly LineCell[]): number[] {
  const starts: number[] = [];
  for (const cell of [...labels].sort((a, b) => a.x0 - b.x0)) {
    const last = starts[starts.length - 1];
    if (last === undefined || cell.x0 - last > SAME_COLUMN * cell.size) starts.push(cell.x0);
  }
  return starts;
}

const labelColumnOf = (cell: LineCell, starts: readonly number[]) => Math.max(0, starts.findLastIndex((x) => x <= cell.x0 + SAME_COLUMN * cell.size));

type Layout = 'centred' | 'top';

/** A label's row: the nearest row (centred labels) or the nearest at or above it (labels at the top of their cells), with no heading between. */
function ownerOf(cell: LineCell, rows: readonly ValueRow[], headings: readonly LineCell[], layout: Layout): ValueRow | null {
  const reach = (layout === 'centred' ? MAX_CENTRED_REACH : MAX_TOP_REACH) * cell.size;
  // A label on the line of column headings is a heading itself (「信息内容」 beside 「本年制发件数」).
  if (headings.some((h) => aligned(h, cell))) return null;
  let best: ValueRow | null = null;
  for (const row of rows) {
    if (row.page !== cell.page || Math.abs(row.y - cell.y) > reach) continue;
    if (layout === 'top' && row.y < cell.y - ALIGNED * cell.size) continue;
    const low = Math.min(row.y, cell.y);
    const high = Math.max(row.y, cell.y);
    if (headings.some((h) => h.page === cell.page && h.y > low + ALIGNED * h.size && h.y < high - ALIGNED * h.size)) continue;
    if (!best || Math.abs(row.y - cell.y) < Math.abs(best.y - cell.y)) best = row;
  }
  return best;
}

/** How far each row's numbers stand from where the layout puts them: the middle of its label, or its first line. */
function misfit(owners: Map<LineCell, ValueRow | null>, layout: Layout): number {
  const byRow = new Map<ValueRow, number[]>();
  for (const [cell, row] of owners) if (row) byRow.set(row, [...(byRow.get(row) ?? []), cell.y]);
  let total = 0;
  for (const [row, ys] of byRow) {
    const anchor = layout === 'centred' ? (Math.max(...ys) + Math.min(...ys)) / 2 : Math.max(...ys);
    total += Math.abs(anchor - row.y) / row.size;
  }
  return total;
}

/**
 * Centred labels: a label of four lines or more reaches nearer the next row than its own, so
 * where two rows' lines meet in a column, a line moves to the other row when that centres both
 * better on their numbers. A line beside its own numbers stays.
 */
function centre(owners: Map<LineCell, ValueRow | null>, starts: readonly number[]): void {
  const cost = (row: ValueRow, column: number) => {
    const ys = [...owners].filter(([cell, r]) => r === row && labelColumnOf(cell, starts) === column).map(([cell]) => cell.y);
    return ys.length === 0 ? 0 : Math.abs((Math.max(...ys) + Math.min(...ys)) / 2 - row.y) / row.size;
  };
  for (let round = 0; round < MAX_CENTRING_ROUNDS; round++) {
    let moved = false;
    starts.forEach((_, column) => {
      const cells = [...owners.keys()].filter((cell) => labelColumnOf(cell, starts) === column).sort(ordered);
      for (let i = 1; i < cells.length; i++) {
        const pair = [cells[i - 1], cells[i]] as const;
        const [rowA, rowB] = pair.map((cell) => (cell ? owners.get(cell) : null));
        if (!pair[0] || !pair[1] || !rowA || !rowB || rowA === rowB) continue;
        for (const [cell, from, to] of [[pair[0], rowA, rowB], [pair[1], rowB, rowA]] as const) {
          if (aligned(cell, from)) continue;
          const before = cost(from, column) + cost(to, column);
          owners.set(cell, to);
          if (cost(from, column) + cost(to, column) < before - CENTRING_GAIN) {
            moved = true;
            break;
          }
          owners.set(cell, from);
        }
      }
    });
    if (!moved) return;
  }
}

/** Each label cell's row, in the layout that fits the table better. */
function labelOwners(labels: readonly LineCell[], rows: readonly ValueRow[], headings: readonly LineCell[], starts: readonly number[]): Map<LineCell, ValueRow | null> {
  const assign = (layout: Layout) => new Map(labels.map((cell) => [cell, ownerOf(cell, rows, headings, layout)] as const));
  const centred = assign('centred');
  centre(centred, starts);
  const top = assign('top');
  return misfit(top, 'top') < misfit(centred, 'centred') ? top : centred;
}

const joined = (texts: readonly string[]) => texts.reduce((text, next) => text + joiner(text, next) + next, '');

export function tableGrid(lines: readonly Line[]): string[][] {
  const cells = lines.flatMap((line) => line.cells);
  const columns = numberColumns(cells.filter(isNumber));
  const valueStart = Math.min(...columns.map((c) => c.x0));
  const inColumns = (cell: LineCell) => cell.x1 > valueStart + ALIGNED * cell.size;

  const rows: ValueRow[] = [];
  for (const cell of cells.filter(isNumber).sort(ordered)) {
    let row = rows.find((r) => aligned(cell, r));
    if (!row) {
      row = { page: cell.page, y: cell.y, size: cell.size, texts: new Map() };
      rows.push(row);
    }
    const column = columnOf(cell, columns);
    row.texts.set(column, [row.texts.get(column), cell.text].filter(Boolean).join(' '));
  }
  for (const cell of cells.filter((c) => isPlaceholder(c) && inColumns(c))) {
    const row = rows.find((r) => aligned(cell, r));
    if (row && !row.texts.has(columnOf(cell, columns))) row.texts.set(columnOf(cell, columns), cell.text);
  }
  const placed = new Set(cells.filter((c) => isNumber(c) || (isPlaceholder(c) && inColumns(c) && rows.some((r) => aligned(c, r)))));
  const labels = cells.filter((c) => !placed.has(c) && !inColumns(c));
  const headings = cells.filter((c) => !placed.has(c) && inColumns(c));

  const starts = labelColumns(labels);
  const owners = labelOwners(labels, rows, headings, starts);

  type GridRow = { page: number; y: number; cells: Map<number, string> };
  const grid = new Map<ValueRow, GridRow>(rows.map((row) => [row, { page: row.page, y: row.y, cells: new Map([...row.texts].map(([c, t]) => [starts.length + c, t])) }]));
  const own: GridRow[] = [];
  for (const cell of [...labels].sort(ordered)) {
    const c = labelColumnOf(cell, starts);
    const owner = owners.get(cell);
    const row = owner ? grid.get(owner) : own.find((r) => aligned(cell, r) && !r.cells.has(c));
    if (row) row.cells.set(c, joined([row.cells.get(c) ?? '', cell.text]));
    else own.push({ page: cell.page, y: cell.y, cells: new Map([[c, cell.text]]) });
  }
  for (const cell of headings) {
    const column = starts.length + columnOf(cell, columns);
    const line = own.find((r) => aligned(cell, r) && !r.cells.has(column));
    if (line) line.cells.set(column, cell.text);
    else own.push({ page: cell.page, y: cell.y, cells: new Map([[column, cell.text]]) });
  }
  const ordering = [...grid.values(), ...own].sort(ordered);
  return padGrid(ordering.map((row) => Array.from({ length: starts.length + columns.length }, (_, c) => row.cells.get(c) ?? '')));
}
