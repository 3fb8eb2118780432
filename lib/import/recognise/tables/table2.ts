// Table 二's rows → proactive.*: each row found by its label (规章, 行政规范性文件, 行政许可 …), its
// numbers taken in the order of its block's columns. A one-column block read from a document
// whose merged cells were expanded repeats its number over three cells; that is one number.
import { TABLE2_BLOCKS } from '@/lib/report/template/table2';
import { alignValues, coreValues, gridRow } from './grid-row';
import { labelKey } from '../normalise';
import { quoteLabel, type TableWrites } from './writes';

const ROWS = TABLE2_BLOCKS.flatMap((block) => block.rows.map((row) => ({ ...row, key: labelKey(row.label) })));

function cellsFor(values: readonly string[], width: number): string[] | null {
  if (coreValues(values).length === 0) return [];
  const aligned = alignValues(values, width);
  if (aligned) return aligned;
  const core = coreValues(values);
  const first = core[0];
  return width === 1 && first !== undefined && core.every((cell) => cell === first) ? [first] : null;
}

export function mapTable2(grid: readonly (readonly string[])[], writes: TableWrites): void {
  for (const row of grid.map(gridRow)) {
    const matches = ROWS.filter((r) => row.key.includes(r.key));
    const template = matches.reduce<(typeof ROWS)[number] | null>((best, r) => (best === null || r.key.length > best.key.length ? r : best), null);
    if (!template) continue;
    const cells = cellsFor(row.values, template.paths.length);
    if (cells) writes.readRow(template.paths, cells);
    else writes.note(`表二${quoteLabel(row.label)}这一行的数字个数不对（应为 ${template.paths.length} 个），未导入，请对照原表填写。`);
  }
}
