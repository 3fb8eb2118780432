// Table 三's rows → applications.*: each grid row is matched to a template row by its label (the
// longest template label it contains, numbering and punctuation ignored; failing that, the label's
// words without its number), its numbers to the seven columns by position. The printed 总计 column
// and （七）总计 row go into the optional total fields, to be checked, not trusted.
import { RESULT_GROUPS, TABLE3_COLUMNS, TABLE3_ROWS, type Table3Row } from '@/lib/report/template/table3';
import { alignValues, coreValues, gridRow, type GridRow } from './grid-row';
import { labelKey } from '../normalise';
import { quoteLabel, quoteLabels, type TableWrites } from './writes';

const MIN_WORDS = 4;
const NUMBER_PREFIX = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．])/;

const ROWS = TABLE3_ROWS.map((row) => {
  const words = labelKey(row.label.replace(NUMBER_PREFIX, '').replace(/（[^）]*）$/, ''));
  return { row, key: labelKey(row.label), words: words.length >= MIN_WORDS ? words : null };
});

const OTHER_DISPOSAL = RESULT_GROUPS.find((group) => group.key === 'otherDisposal');
const OTHER_DISPOSAL_KEY = OTHER_DISPOSAL ? labelKey(OTHER_DISPOSAL.label) : null;

function longest<T>(candidates: readonly T[], length: (c: T) => number): T | null {
  return candidates.reduce<T | null>((best, c) => (best === null || length(c) > length(best) ? c : best), null);
}

function matchTable3Row(key: string): Table3Row | null {
  const full = longest(
    ROWS.filter((r) => key.includes(r.key)),
    (r) => r.key.length,
  );
  if (full) return full.row;
  const byWords = longest(
    ROWS.filter((r) => r.words !== null && key.includes(r.words)),
    (r) => r.words?.length ?? 0,
  );
  return byWords?.row ?? null;
}

/**
 * How many numbers the table prints per row: six applicant columns, or seven with 总计. A grid
 * that keeps its columns (a web page, a Word table) has seven cells after the label in most rows
 * even where a CMS editor left the 总计 cell blank: the blank stays in its place.
 */
function printedColumns(rows: readonly GridRow[]): number {
  const filled = rows.filter((row) => coreValues(row.values).length > 0);
  const positional = filled.filter((row) => row.values.length === TABLE3_COLUMNS.length).length;
  if (positional * 2 > filled.length) return TABLE3_COLUMNS.length;
  const counts = rows.map((row) => coreValues(row.values).length);
  const seven = counts.filter((n) => n === TABLE3_COLUMNS.length).length;
  const six = counts.filter((n) => n === TABLE3_COLUMNS.length - 1).length;
  return six > seven ? TABLE3_COLUMNS.length - 1 : TABLE3_COLUMNS.length;
}

export function mapTable3(grid: readonly (readonly string[])[], writes: TableWrites): void {
  const rows = grid.map(gridRow);
  const width = printedColumns(rows);
  const unknown: string[] = [];
  for (const row of rows) {
    const template = matchTable3Row(row.key);
    const printed = coreValues(row.values).length;
    if (!template) {
      if (printed === 0) continue;
      if (OTHER_DISPOSAL_KEY && row.key.endsWith(OTHER_DISPOSAL_KEY)) {
        writes.note(`表三${quoteLabel(row.label)}在 2019 年试行格式中只有一行，分不到现行格式（六）的 ${OTHER_DISPOSAL?.items?.length ?? 0} 项中，这一行的数字未导入，（六）各项留空，请按实际填写。`);
      } else {
        unknown.push(row.label);
      }
      continue;
    }
    const cells = printed === 0 ? [] : alignValues(row.values, width);
    if (!cells) {
      writes.note(`表三「${template.label}」这一行的数字分不清对应哪一列（找到 ${printed} 个），未导入，请对照原表填写。`);
      continue;
    }
    writes.readRow(
      TABLE3_COLUMNS.slice(0, width).map((column) => `${template.path}.${column.key}`),
      cells,
    );
  }
  if (unknown.length > 0) writes.note(`表三${quoteLabels(unknown)}认不出是哪个栏目，其中的数字未导入。`);
}
