// The key figures of a year (report-json.md, `lastYear.keyFigures`): every number of table 二, the
// 总计 column of every row of table 三, every number of table 四 (its columns and 总计s). What a
// report keeps of last year's, what the year-over-year figures of the 图解 and the prose compare.
import type { DraftReport } from './file/schema';
import { isValidCount, parseWanYuan } from './numbers';
import { getAt } from './paths';
import { TABLE_CELLS, type TableCell } from './template/tables';
import { computeTotals, totalsAsPrinted } from './totals';

const isKeyFigure = (cell: TableCell) =>
  cell.table.id === 'table2' || cell.table.id === 'table4' || (cell.table.id === 'table3' && cell.path.endsWith('.total'));

/** The key-figure cells in reading order. */
export const KEY_FIGURE_CELLS: readonly TableCell[] = TABLE_CELLS.filter(isKeyFigure);

/** Their JSON paths: the keys of `lastYear.keyFigures`. */
export const KEY_FIGURE_PATHS = KEY_FIGURE_CELLS.map((c) => c.path) as [string, ...string[]];

/** A figure by path; a blank or invalid cell is left out. 行政事业性收费 is its amount in 万元. */
export type KeyFigures = Partial<Record<string, number>>;

function figureOf(cell: TableCell, value: unknown): number | null {
  if (cell.valueKind === 'amount') {
    if (typeof value !== 'string') return null;
    const parsed = parseWanYuan(value);
    return parsed.ok && parsed.value !== null ? Number(parsed.value) : null;
  }
  return isValidCount(value) ? value : null;
}

/** The report's key figures as its document prints them (an imported report's own totals). */
export function keyFigures(report: DraftReport): KeyFigures {
  const printed = totalsAsPrinted(report, computeTotals(report));
  const figures: KeyFigures = {};
  for (const cell of KEY_FIGURE_CELLS) {
    const figure = figureOf(cell, printed.has(cell.path) ? printed.get(cell.path) : getAt(report, cell.path));
    if (figure !== null) figures[cell.path] = figure;
  }
  return figures;
}

export type YearOverYear = {
  path: string;
  cell: TableCell;
  thisYear: number | null;
  lastYear: number | null;
  /** thisYear − lastYear, when both are known. */
  change: number | null;
  /** The change in per cent of last year's, when both are known and last year's is not 0. */
  percent: number | null;
};

/** Each key figure this year and last year (null where unknown) and the change; [] without last year's figures. */
export function yearOverYear(report: DraftReport): YearOverYear[] {
  const before = report.lastYear?.keyFigures;
  if (!before) return [];
  const now = keyFigures(report);
  return KEY_FIGURE_CELLS.map((cell) => {
    const thisYear = now[cell.path] ?? null;
    const lastYear = before[cell.path] ?? null;
    const known = thisYear !== null && lastYear !== null;
    return {
      path: cell.path,
      cell,
      thisYear,
      lastYear,
      change: known ? round(thisYear - lastYear, 4) : null,
      percent: known && lastYear !== 0 ? ((thisYear - lastYear) / lastYear) * 100 : null,
    };
  });
}

const round = (value: number, places: number) => Number(value.toFixed(places));

/** 12.345 → 「+12.3%」, −5 → 「−5.0%」 (one decimal, a real minus sign). */
export const formatPercentChange = (percent: number) => {
  const rounded = Math.abs(percent).toFixed(1);
  if (rounded === '0.0') return '0.0%';
  return `${percent > 0 ? '+' : '−'}${rounded}%`;
};

/**
 * The change as the 图解 prints it: 「较上年 +12.3%」, 「与上年持平」, 「上年为 0」; null when a year's
 * figure is unknown.
 */
export function changeLabel(y: Pick<YearOverYear, 'thisYear' | 'lastYear' | 'percent'>): string | null {
  if (y.thisYear === null || y.lastYear === null) return null;
  if (y.thisYear === y.lastYear) return '与上年持平';
  if (y.lastYear === 0 || y.percent === null) return '上年为 0';
  return `较上年 ${formatPercentChange(y.percent)}`;
}
