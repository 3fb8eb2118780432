// Table 四's numbers → review.*: the one row of numbers under the three header rows, in the
// template's column order (行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持 … 尚未审结, 总计). A
// table printed without its 总计 columns has twelve numbers. When the grid keeps its columns (tab
// separated, or read from a document), only the columns with a header count: sample 002 prints a
// sixteenth, unheaded column.
import { TABLE4 } from '@/lib/report/template/table4';
import { alignValues, coreValues, gridRow } from './grid-row';
import { cellKind } from '../normalise';
import { numberCount, type TableWrites } from './writes';
import { wrongCount } from './unread';

const VALUE_CELLS = TABLE4.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'value' ? [cell] : [])));
const ALL_PATHS = VALUE_CELLS.map((cell) => cell.path);
const INPUT_PATHS = VALUE_CELLS.filter((cell) => !cell.computed).map((cell) => cell.path);
const EXPECTED = `${ALL_PATHS.length} 个（或不含总计的 ${INPUT_PATHS.length} 个）`;

/** The cells of the value row under headed columns, when the header rows are as wide as it. */
function headedCells(header: readonly (readonly string[])[], row: readonly string[]): string[] | null {
  if (header.length === 0 || header.some((cells) => cells.length !== row.length)) return null;
  const headed = row.flatMap((cell, i) => (header.some((cells) => cellKind(cells[i] ?? '') === 'label') ? [cell] : []));
  return headed.length === ALL_PATHS.length || headed.length === INPUT_PATHS.length ? headed : null;
}

export function mapTable4(grid: readonly (readonly string[])[], writes: TableWrites): void {
  const printed = grid.reduce((sum, cells) => sum + numberCount(gridRow(cells).values), 0);
  writes.printed('table4', printed);
  const at = grid.findIndex((cells) => coreValues(gridRow(cells).values).length >= INPUT_PATHS.length);
  const cells = grid[at];
  if (!cells) {
    if (printed > 0) writes.unread('table4', { label: null, reason: `没有找到一行 ${EXPECTED}数字`, numbers: printed });
    return;
  }
  const values = gridRow(cells).values;
  const read = (paths: readonly string[], row: readonly string[]) => {
    writes.readRow(paths, row);
    // Numbers of the table outside its columns: an unheaded column, a stray row.
    const left = printed - numberCount(row);
    if (left > 0) writes.unread('table4', { label: null, reason: '不在表四的栏目下', numbers: left });
  };
  const headed = values.length === cells.length ? headedCells(grid.slice(0, at), cells) : null;
  for (const paths of [ALL_PATHS, INPUT_PATHS]) {
    if (headed?.length === paths.length) return read(paths, headed);
    const exact = coreValues(values).length === paths.length || values.length === paths.length;
    const aligned = exact ? alignValues(values, paths.length) : null;
    if (aligned) return read(paths, aligned);
  }
  writes.unread('table4', { label: null, reason: wrongCount(coreValues(values).length, EXPECTED), numbers: printed });
}
