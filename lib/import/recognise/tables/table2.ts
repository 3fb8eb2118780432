// Table 二's rows → proactive.*: each row found by its label (规章, 行政规范性文件, 行政许可 …), its
// numbers taken in the order of its block's columns. A one-column block read from a document
// whose merged cells were expanded repeats its number over three cells; that is one number.
import { TABLE2_BLOCKS } from '@/lib/report/template/table2';
import { alignValues, coreValues, gridRow } from './grid-row';
import { labelKey } from '../normalise';
import { numberCount, type TableWrites } from './writes';
import { printedLabel, UNRECOGNISED_LABEL, wrongCount } from './unread';

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
    const numbers = numberCount(row.values);
    if (!template) {
      writes.printed('table2', numbers);
      if (numbers > 0) writes.unread('table2', { label: row.label === '' ? null : printedLabel(row.label), reason: UNRECOGNISED_LABEL, numbers });
      continue;
    }
    const cells = cellsFor(row.values, template.paths.length);
    // A merged cell expanded over its block's three columns is one printed number.
    writes.printed('table2', cells && template.paths.length === 1 ? numberCount(cells) : numbers);
    if (cells) writes.readRow(template.paths, cells);
    else writes.unread('table2', { label: template.label, reason: wrongCount(coreValues(row.values).length, `${template.paths.length} 个`), numbers });
  }
}

/** Table 二 in the 2019 trial format: its numbers are counted, none is read (its columns differ). */
export function skipTable2(grid: readonly (readonly string[])[], writes: TableWrites): void {
  const numbers = grid.reduce((sum, cells) => sum + numberCount(gridRow(cells).values), 0);
  writes.printed('table2', numbers);
  if (numbers > 0) writes.unread('table2', { label: null, reason: '2019 年试行格式的栏目与现行格式不同', numbers });
}
