// Derived cells (总计 column, （七）总计, the 表四 总计s), computed from the cells a clerk types.
// Each computed cell of the template names its addends; a blank or invalid addend counts as 0,
// and a total of nothing but blanks stays blank.
import { isValidCount } from './numbers';
import { getAt, setAt } from './paths';
import type { Count, DraftReport } from './file/schema';
import { COMPUTED_CELLS } from './template/tables';
import { RESULTS_TOTAL } from './template/table3';

const RESULTS_TOTAL_PATH = `applications.${RESULTS_TOTAL.key}`;

export type Totals = ReadonlyMap<string, Count>;

export function computeTotals(report: DraftReport): Totals {
  const totals = new Map<string, Count>();
  for (const cell of COMPUTED_CELLS) {
    if (!cell.computed) continue;
    let sum = 0;
    let filled = false;
    for (const path of cell.computed.addends) {
      const addend = totals.has(path) ? totals.get(path) : getAt(report, path);
      if (addend === null || addend === undefined) continue;
      filled = true;
      if (isValidCount(addend)) sum += addend;
    }
    totals.set(cell.path, filled ? sum : null);
  }
  return totals;
}

/** The value a check or a printout uses for a count cell: computed cells from `totals`. */
export function countAt(report: DraftReport, totals: Totals, path: string): number {
  const v = totals.has(path) ? totals.get(path) : getAt(report, path);
  return isValidCount(v) ? v : 0;
}

/**
 * The totals as a document prints them (README, 「Printed totals」): the report's own 总计 where it
 * carries one — an imported report keeps what was published — and the computed sum where it does
 * not, as in every report made in the app. A carried total that differs from its sum is an error
 * of its own (T3-ROWTOTAL, T3-RESULTS, T4-TOTAL), so the page, the embedded report and the list of
 * problems all show the same number.
 */
export function totalsAsPrinted(report: DraftReport, totals: Totals): Totals {
  const printed = new Map(totals);
  for (const path of totals.keys()) {
    const own = getAt(report, path);
    if (typeof own === 'number') printed.set(path, own);
  }
  return printed;
}

/** The report without printed totals (a file's 总计 cells): the wizard computes its own. */
export function withoutPrintedTotals(report: DraftReport): DraftReport {
  let out = report;
  for (const cell of COMPUTED_CELLS) if (getAt(out, cell.path) !== undefined) out = setAt(out, cell.path, undefined);
  // The printed （七）总计 row is one optional object in the file format, all or nothing: without
  // its cells it goes too (an object of undefined cells is no report).
  if (getAt(out, RESULTS_TOTAL_PATH) !== undefined) out = setAt(out, RESULTS_TOTAL_PATH, undefined);
  return out;
}

/** The report with every computed cell written in (what a complete exported file carries). */
export function withTotals(report: DraftReport): DraftReport {
  let out = report;
  for (const [path, total] of computeTotals(report)) out = setAt(out, path, total);
  return out;
}
