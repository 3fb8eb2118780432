// How much of the template an import filled: cells found per table, and the cells left blank.
import { INPUT_CELLS, TABLES } from '@/lib/report/template/tables';
import type { ImportResult } from '../parsed-document';

export function coverage(found: (path: string) => boolean): Pick<ImportResult, 'tables' | 'missing'> {
  return {
    tables: TABLES.map((table) => {
      const cells = INPUT_CELLS.filter((cell) => cell.table.id === table.id);
      return { table: table.id, found: cells.filter((cell) => found(cell.path)).length, total: cells.length };
    }),
    missing: INPUT_CELLS.filter((cell) => !found(cell.path)).map((cell) => cell.path),
  };
}
