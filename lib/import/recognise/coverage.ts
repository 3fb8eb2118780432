// How much of the template an import filled: per table, the cells found — out of the numbers the
// document printed when it was recognised (with the rows not read, and why), out of the template's
// cells when it was read whole — and the input cells left blank.
import { INPUT_CELLS, TABLES } from '@/lib/report/template/tables';
import type { ImportResult } from '../parsed-document';
import type { TableWrites } from './tables/writes';

export function coverage(found: (path: string) => boolean, recognised: TableWrites | null = null): Pick<ImportResult, 'tables' | 'missing'> {
  return {
    tables: TABLES.map((table) => {
      const cells = INPUT_CELLS.filter((cell) => cell.table.id === table.id);
      return recognised
        ? { table: table.id, found: recognised.foundIn(table.id), printed: recognised.printedIn(table.id), total: cells.length, unread: recognised.unreadIn(table.id) }
        : { table: table.id, found: cells.filter((cell) => found(cell.path)).length, printed: null, total: cells.length, unread: [] };
    }),
    missing: INPUT_CELLS.filter((cell) => !found(cell.path)).map((cell) => cell.path),
  };
}
