// The arithmetic of tables 三 and 四. Totals are recomputed from the cells, never trusted: a
// printed total (imported reports) that differs from its addends is a finding of its own.
import type { Finding } from './findings';
import { getAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { isValidCount } from '../numbers';
import {
  APPLICANT_COLUMNS,
  BALANCE_LABELS,
  CARRIED_FORWARD,
  CARRIED_OVER,
  RECEIVED,
  RESULTS_TOTAL,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  type Table3ColumnKey,
} from '../template/table3';
import { REVIEW_COLUMNS } from '../template/table4';
import { COMPUTED_CELLS } from '../template/tables';
import { countAt, type Totals } from '../totals';

const row = (key: string, column: string) => `applications.${key}.${column}`;
/** The four rows of the rule in table 三's corner. */
const BALANCE_ROWS = [RECEIVED, CARRIED_OVER, RESULTS_TOTAL, CARRIED_FORWARD];

export type ColumnBalance = {
  received: number;
  carriedOver: number;
  results: number;
  carriedForward: number;
  left: number;
  right: number;
  /** 四 that would close the column (一 + 二 − （七）); null when that would be negative. */
  suggested: number | null;
  /**
   * Cells of the column not filled in with a count yet (the 总计 column: of all six): while any
   * is left, the column is 尚未填完 — not checkable, so neither unbalanced nor offered a fix.
   */
  blanks: number;
};

const INPUT_ROWS = TABLE3_ROWS.filter((r) => !r.computed);
const columnCells = (column: Table3ColumnKey): string[] =>
  column === 'total' ? APPLICANT_COLUMNS.flatMap((c) => columnCells(c.key)) : INPUT_ROWS.map((r) => `${r.path}.${column}`);
const CELLS_OF_COLUMN = new Map(TABLE3_COLUMNS.map((c) => [c.key, columnCells(c.key)]));

/** Both sides of the rule in table 三's corner for one column (blank and invalid cells count 0). */
export function columnBalance(report: DraftReport, totals: Totals, column: Table3ColumnKey): ColumnBalance {
  const [received, carriedOver, results, carriedForward] = BALANCE_ROWS.map((r) =>
    countAt(report, totals, row(r.key, column)),
  ) as [number, number, number, number];
  const left = received + carriedOver;
  const suggested = left - results;
  const blanks = (CELLS_OF_COLUMN.get(column) ?? []).filter((path) => !isValidCount(getAt(report, path))).length;
  return { received, carriedOver, results, carriedForward, left, right: results + carriedForward, suggested: suggested >= 0 ? suggested : null, blanks };
}

/** A column whose every cell is filled in and whose two sides differ. */
export const isUnbalanced = (b: ColumnBalance): boolean => b.blanks === 0 && b.left !== b.right;

/** The fix offered for an unbalanced applicant column, in words that name the value and the cell. */
export const balanceFixLabel = (columnLabel: string, value: number) => `将${CARRIED_FORWARD.shortLabel}·${columnLabel}改为 ${value}`;

/**
 * T3-BALANCE (rules.md; the rule printed in table 三's corner): in each applicant column,
 * 一 + 二 = （七）总计 + 四 — checked once every cell of the column is filled in. The 总计 column adds
 * the six up: its imbalance is the same mistake, said with the column that makes it, not counted twice.
 * A column one of whose printed totals differs from its sum (`printed`: the totals as the document
 * prints them) waits: that total's own finding is the one message, and no number here contradicts the page.
 */
export function tableThreeBalance(report: DraftReport, totals: Totals, printed: Totals = totals): Finding[] {
  const misprinted = (column: Table3ColumnKey) => BALANCE_ROWS.some((r) => printed.get(row(r.key, column)) !== totals.get(row(r.key, column)));
  const total = columnBalance(report, totals, 'total');
  const totalOff = isUnbalanced(total) && !misprinted('total');
  return APPLICANT_COLUMNS.flatMap((column): Finding[] => {
    if (misprinted(column.key)) return [];
    const balance = columnBalance(report, totals, column.key);
    if (!isUnbalanced(balance)) return [];
    const { received, carriedOver, results, carriedForward, left, right, suggested } = balance;
    const diff = Math.abs(left - right);
    const side = left > right ? `办理结果与结转比收到的少 ${diff} 件` : `办理结果与结转比收到的多 ${diff} 件`;
    const path = row(CARRIED_FORWARD.key, column.key);
    const fixText = suggested !== null ? `如差额是尚未办结、转入下年度的申请，可将${CARRIED_FORWARD.shortLabel}改为 ${suggested}（${BALANCE_LABELS.suggestion}）。` : '';
    const totalText = totalOff ? `总计列也因此不平衡（${BALANCE_LABELS.left} = ${total.left}，${BALANCE_LABELS.right} = ${total.right}），改正后随之平衡，不另计错误。` : '';
    return [
      {
        id: 'T3-BALANCE',
        severity: 'error',
        path,
        message:
          `表三·${column.label}列：${RECEIVED.shortLabel}(${received}) + ${CARRIED_OVER.shortLabel}(${carriedOver}) = ${left}，` +
          `但${RESULTS_TOTAL.shortLabel}(${results}) + ${CARRIED_FORWARD.shortLabel}(${carriedForward}) = ${right}，相差 ${diff}，${side}。` +
          `请核对办理结果或结转数。${fixText}${totalText}`,
        ...(suggested !== null ? { fix: { kind: 'set' as const, path, value: suggested, label: balanceFixLabel(column.label, suggested) } } : {}),
      },
    ];
  });
}

const firstApplicant = APPLICANT_COLUMNS[0].label;
const lastApplicant = APPLICANT_COLUMNS[APPLICANT_COLUMNS.length - 1]?.label ?? '';
const reviewAddends = REVIEW_COLUMNS.map((c) => c.label).join('、');

/**
 * T3-ROWTOTAL, T3-RESULTS, T4-TOTAL (rules.md): a printed 总计 equals the sum of what it totals —
 * the six applicant columns, the 21 result rows, the four 表四 results.
 */
export function printedTotals(report: DraftReport, totals: Totals): Finding[] {
  return COMPUTED_CELLS.flatMap((cell): Finding[] => {
    const printed = getAt(report, cell.path);
    if (typeof printed !== 'number' || !cell.computed) return [];
    const sum = totals.get(cell.path) ?? 0;
    if (printed === sum) return [];
    const diff = Math.abs(printed - sum);
    const rule = cell.computed.rule;
    const message =
      rule === 'T3-ROWTOTAL'
        ? `表三「${cell.rowLabel}」：总计填的是 ${printed}，但${firstApplicant}至${lastApplicant}${APPLICANT_COLUMNS.length}列之和为 ${sum}，相差 ${diff}。请核对该行各列或总计。`
        : rule === 'T3-RESULTS'
          ? `表三·${cell.columnLabel}列：${RESULTS_TOTAL.shortLabel}填的是 ${printed}，但（一）至（六）各项办理结果之和为 ${sum}，相差 ${diff}。请核对各项办理结果或总计。`
          : `表四「${cell.rowLabel}」：总计填的是 ${printed}，但${reviewAddends}之和为 ${sum}，相差 ${diff}。请核对。`;
    return [{ id: rule, severity: 'error', path: cell.path, message }];
  });
}
