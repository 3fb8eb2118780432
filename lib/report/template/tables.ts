// The three tables, the section each stands in, and an index of their value cells by JSON path.
import type { TableId, TableLayout, ValueCell } from './layout';
import type { SectionId } from './sections';
import { TABLE2 } from './table2';
import { TABLE3 } from './table3';
import { TABLE4 } from './table4';

export const TABLES: readonly TableLayout[] = [TABLE2, TABLE3, TABLE4];

const BY_SECTION = new Map<SectionId, TableLayout>(TABLES.map((table) => [table.section, table]));
const BY_ID = new Map(TABLES.map((table) => [table.id, table]));

/** The table that stands in a section (二、三、四), if any. */
export const tableOfSection = (section: SectionId): TableLayout | undefined => BY_SECTION.get(section);

export function tableById(id: TableId): TableLayout {
  const table = BY_ID.get(id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

/** The sections that hold a table. */
export type TableSectionId = (typeof TABLE2 | typeof TABLE3 | typeof TABLE4)['section'];

export type TableCell = ValueCell & { table: TableLayout };

/** Every value cell of the three tables, in reading order (table by table, row-major). */
export const TABLE_CELLS: readonly TableCell[] = TABLES.flatMap((table) =>
  table.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'value' ? [{ ...cell, table }] : []))),
);

export const CELL_BY_PATH: ReadonlyMap<string, TableCell> = new Map(TABLE_CELLS.map((cell) => [cell.path, cell]));

/** The cells a clerk types into (computed totals excluded). */
export const INPUT_CELLS: readonly TableCell[] = TABLE_CELLS.filter((cell) => !cell.computed);

/** The computed cells in an order where every addend comes before the total that uses it. */
export const COMPUTED_CELLS: readonly TableCell[] = TABLE_CELLS.filter((cell) => cell.computed);
