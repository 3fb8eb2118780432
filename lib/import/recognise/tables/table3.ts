// Table 三's rows → applications.*: each grid row is matched to a template row by its label, as a
// careful reader would — the longest template label it contains (numbering and punctuation
// ignored); failing that, the label's words without its number; failing that, its item number
// within its group and the start of its words (a label PDF text cut short, 「5.要求行政机关确认或重
// 新出」, or wrapped around its numbers, 「1、申请人无正当理由逾期不补｜正、…」). Its numbers go to the seven
// columns by position. The printed 总计 column and （七）总计 row go into the optional total fields,
// to be checked, not trusted.
//
// PDF text extracted without its layout can put a few rows' labels after their numbers: a label
// followed by two or three rows of numbers, the other labels printed further down. Those extra rows
// are placed only when it is certain where: the rows between this label and the next one found
// are exactly as many as the rows of numbers, and each of them has its label in the table. A row of
// numbers whose label is not recognised is never given to any row.
import { RESULT_GROUPS, TABLE3_COLUMNS, TABLE3_ROWS, type Table3Row } from '@/lib/report/template/table3';
import { alignValues, coreValues, gridRow, type GridRow } from './grid-row';
import { labelKey } from '../normalise';
import type { UnreadRow } from '../../parsed-document';
import { numberCount, type TableWrites } from './writes';
import { NO_LABEL, printedLabel, UNRECOGNISED_LABEL, wrongCount } from './unread';

const MIN_WORDS = 4;
/** How much of an item's words a label cut short must start with (all of them when fewer). */
const MIN_PREFIX = 4;
const NUMBER_PREFIX = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/;
/** An item number in a label, 「5.」「1、」「2．」, wherever the label's broken lines put it. */
const ITEM_NUMBER = /(?<!\d)(\d{1,2})\s*[.．、，,]\s*/g;

type TemplateRow = {
  row: Table3Row;
  index: number;
  key: string;
  words: string | null;
  /** An item's number within its group (「1.属于国家秘密」 → 1) and its words after the number. */
  item: { number: number; words: string } | null;
};

const ROWS: TemplateRow[] = TABLE3_ROWS.map((row, index) => {
  const words = labelKey(row.label.replace(NUMBER_PREFIX, '').replace(/（[^）]*）$/, ''));
  const number = /^(\d+)\./.exec(row.label);
  return {
    row,
    index,
    key: labelKey(row.label),
    words: words.length >= MIN_WORDS ? words : null,
    item: row.groupLabel && number ? { number: Number(number[1]), words: labelKey(row.label.slice(number[0].length)) } : null,
  };
});
const OTHER_DISPOSAL = RESULT_GROUPS.find((group) => group.key === 'otherDisposal');
const OTHER_DISPOSAL_KEY = OTHER_DISPOSAL ? labelKey(OTHER_DISPOSAL.label) : null;

function longest<T>(candidates: readonly T[], length: (c: T) => number): T | null {
  return candidates.reduce<T | null>((best, c) => (best === null || length(c) > length(best) ? c : best), null);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The item a label names by its number and the start of its words; `group` breaks a tie. */
function matchByNumber(label: string, group: string | null): TemplateRow | null {
  for (const found of label.matchAll(ITEM_NUMBER)) {
    const number = Number(found[1]);
    const rest = labelKey(label.slice((found.index ?? 0) + found[0].length));
    const scored = ROWS.flatMap((r) => {
      if (r.item?.number !== number) return [];
      const shared = commonPrefix(rest, r.item.words);
      return shared >= Math.min(MIN_PREFIX, r.item.words.length) ? [{ r, shared }] : [];
    });
    const best = Math.max(0, ...scored.map((s) => s.shared));
    const top = scored.filter((s) => s.shared === best);
    const inGroup = top.length > 1 ? top.filter((s) => s.r.row.groupLabel === group) : top;
    if (inGroup.length === 1 && inGroup[0]) return inGroup[0].r;
  }
  return null;
}

function matchTable3Row(row: GridRow, group: string | null): TemplateRow | null {
  const full = longest(
    ROWS.filter((r) => row.key.includes(r.key)),
    (r) => r.key.length,
  );
  if (full) return full;
  const byWords = longest(
    ROWS.filter((r) => r.words !== null && row.key.includes(r.words)),
    (r) => r.words?.length ?? 0,
  );
  return byWords ?? matchByNumber(row.label, group);
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

/** A grid row in reading order: a recognised row with its rows of numbers, or one not recognised. */
type Reading = { kind: 'row'; template: TemplateRow; label: string; groups: string[][] } | { kind: 'unknown'; label: string };

function chunks(cells: readonly string[], width: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < cells.length; i += width) out.push(cells.slice(i, i + width));
  return out;
}

export function mapTable3(grid: readonly (readonly string[])[], writes: TableWrites): void {
  const rows = grid.map(gridRow);
  const width = printedColumns(rows);
  const write = (template: TemplateRow, cells: readonly string[]) =>
    writes.readRow(
      TABLE3_COLUMNS.slice(0, width).map((column) => `${template.row.path}.${column.key}`),
      cells,
    );
  // Every label found in the table, numbers or not: the labels PDF text printed apart from them.
  const labelled = new Set<number>();
  const readings: Reading[] = [];
  let group: string | null = null;
  for (const row of rows) {
    const template = matchTable3Row(row, group);
    if (template) {
      labelled.add(template.index);
      group = template.row.groupLabel;
    }
    const core = coreValues(row.values);
    const numbers = numberCount(row.values);
    writes.printed('table3', numbers);
    if (core.length === 0) continue;
    if (!template) {
      if (numbers > 0) writes.unread('table3', unknownRow(row, numbers));
      readings.push({ kind: 'unknown', label: row.label });
      continue;
    }
    const cells = alignValues(row.values, width);
    if (cells) readings.push({ kind: 'row', template, label: row.label, groups: [cells] });
    else if (core.length > width && core.length % width === 0) readings.push({ kind: 'row', template, label: row.label, groups: chunks(core, width) });
    else {
      writes.unread('table3', { label: template.row.label, reason: wrongCount(core.length, `${width} 个`), numbers });
      readings.push({ kind: 'row', template, label: row.label, groups: [] });
    }
  }
  readings.forEach((reading, i) => {
    if (reading.kind !== 'row') return;
    const [first, ...extra] = reading.groups;
    if (first) write(reading.template, first);
    if (extra.length === 0) return;
    // The rows of numbers after this row's own: the rows up to the next label found, if they match.
    const next = readings[i + 1];
    const end = next === undefined ? TABLE3_ROWS.length : next.kind === 'row' ? next.template.index : -1;
    const between = ROWS.slice(reading.template.index + 1, Math.max(end, reading.template.index + 1));
    if (end > reading.template.index && between.length === extra.length && between.every((r) => labelled.has(r.index))) {
      between.forEach((r, k) => write(r, extra[k] ?? []));
    } else {
      writes.unread('table3', { label: reading.template.row.label, reason: `这一行之后还有 ${extra.length} 行数字，前面没有行名，对不上是哪几行`, numbers: numberCount(extra.flat()) });
    }
  });
}

/** Why a row of numbers with a label not in the template was left out. */
function unknownRow(row: GridRow, numbers: number): UnreadRow {
  if (row.label === '') return { label: null, reason: NO_LABEL, numbers };
  if (OTHER_DISPOSAL_KEY && row.key.endsWith(OTHER_DISPOSAL_KEY)) {
    return { label: printedLabel(row.label), reason: `2019 年试行格式中只有一行，分不到现行格式（六）的 ${OTHER_DISPOSAL?.items?.length ?? 0} 项中`, numbers };
  }
  return { label: printedLabel(row.label), reason: UNRECOGNISED_LABEL, numbers };
}
