// Table 四's numbers → review.*: the one row of numbers under the three header rows, in the
// template's column order (行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持 … 尚未审结, 总计). A
// table printed without its 总计 columns has twelve numbers. When the grid keeps its columns (tab
// separated, or read from a document), only the columns with a header count: sample 002 prints a
// sixteenth, unheaded column.
import { TABLE4 } from '@/lib/report/template/table4';
import { alignValues, coreValues, gridRow } from './grid-row';
import { cellKind } from '../normalise';
import type { TableWrites } from './writes';

const VALUE_CELLS = TABLE4.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'value' ? [cell] : [])));
const ALL_PATHS = VALUE_CELLS.map((cell) => cell.path);
const INPUT_PATHS = VALUE_CELLS.filter((cell) => !cell.computed).map((cell) => cell.path);

/** The cells of the value row under headed columns, when the header rows are as wide as it. */
function headedCells(header: readonly (readonly string[])[], row: readonly string[]): string[] | null {
  if (header.length === 0 || header.some((cells) => cells.length !== row.length)) return null;
  const headed = row.flatMap((cell, i) => (header.some((cells) => cellKind(cells[i] ?? '') === 'label') ? [cell] : []));
  return headed.length === ALL_PATHS.length || headed.length === INPUT_PATHS.length ? headed : null;
}

export function mapTable4(grid: readonly (readonly string[])[], writes: TableWrites): void {
  const at = grid.findIndex((cells) => coreValues(gridRow(cells).values).length >= INPUT_PATHS.length);
  const cells = grid[at];
  if (!cells) {
    if (grid.length > 0) writes.note(`表四没有找到一行 ${ALL_PATHS.length} 个（或不含总计的 ${INPUT_PATHS.length} 个）数字，表中数字未导入，请对照原表填写。`);
    return;
  }
  const values = gridRow(cells).values;
  const headed = values.length === cells.length ? headedCells(grid.slice(0, at), cells) : null;
  for (const paths of [ALL_PATHS, INPUT_PATHS]) {
    if (headed?.length === paths.length) return writes.readRow(paths, headed);
    const exact = coreValues(values).length === paths.length || values.length === paths.length;
    const aligned = exact ? alignValues(values, paths.length) : null;
    if (aligned) return writes.readRow(paths, aligned);
  }
  writes.note(`表四的数字有 ${coreValues(values).length} 个，应为 ${ALL_PATHS.length} 个（或不含总计的 ${INPUT_PATHS.length} 个），分不清对应哪一列，未导入，请对照原表填写。`);
}
