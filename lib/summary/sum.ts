// The sum (汇总): tables 二, 三 and 四 added up cell by cell over the included reports, computed
// totals recomputed by the same code (README, 「Printed totals」: the cells are summed, never the
// printed 总计), the 万元 fee exactly, and the sum checked by the same arithmetic checks.
import { blankCells } from '@/lib/report/checks/content';
import { columnBalance, tableThreeBalance } from '@/lib/report/checks/arithmetic';
import { sortFindings, type Finding } from '@/lib/report/checks/findings';
import { emptyReport } from '@/lib/report/empty-report';
import type { DraftReport, ReportScope } from '@/lib/report/file/schema';
import { isValidCount } from '@/lib/report/numbers';
import { getAt, setAt } from '@/lib/report/paths';
import { APPLICANT_COLUMNS, BALANCE_LABELS } from '@/lib/report/template/table3';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { computeTotals } from '@/lib/report/totals';
import { formatWanYuan, scaledWanYuan } from './decimal';

export type Summand = { agency: string; year: number | null; file: string; sha256?: string; report: DraftReport };

const FEE_PATH = 'proactive.feesWanYuan';
const LISTED = 5;

/** A finding about a sum or across files offers no fix: nothing there is typed by this clerk. */
export const withoutFix = ({ id, severity, path, message }: Finding): Finding => ({ id, severity, path, message });

const named = (s: Summand) => s.agency.trim() || s.file;
const list = (names: readonly string[]) => names.slice(0, LISTED).join('、') + (names.length > LISTED ? ` 等 ${names.length} 份` : '');

/** Adds every input cell of the three tables; a cell blank in every report stays blank. */
function addCells(summands: readonly Summand[]): { cells: Map<string, number | string | null>; zeroed: number[] } {
  const cells = new Map<string, number | string | null>();
  // How many cells of each report were blank or not a number, and so counted as 0.
  const zeroed = summands.map(() => 0);
  for (const cell of INPUT_CELLS) {
    let count = 0;
    let fee = 0n;
    let filled = false;
    for (const [i, s] of summands.entries()) {
      const value = getAt(s.report, cell.path);
      if (cell.path === FEE_PATH) {
        const amount = scaledWanYuan(typeof value === 'string' ? value : null);
        if (amount !== null) {
          fee += amount;
          filled = true;
        } else zeroed[i] = (zeroed[i] ?? 0) + 1;
      } else if (isValidCount(value)) {
        count += value;
        filled = true;
      } else zeroed[i] = (zeroed[i] ?? 0) + 1;
    }
    cells.set(cell.path, filled ? (cell.path === FEE_PATH ? formatWanYuan(fee) : count) : null);
  }
  return { cells, zeroed };
}

/** A sum's T3-BALANCE says which reports make the column unbalanced, and offers no fix (a sum is not typed). */
function balanceFindings(sum: DraftReport, summands: readonly Summand[]): Finding[] {
  const totals = computeTotals(sum);
  return tableThreeBalance(sum, totals).map(withoutFix).map((finding) => {
    const column = APPLICANT_COLUMNS.find((c) => finding.path.endsWith(`.${c.key}`));
    if (!column) return finding;
    const causes = summands.flatMap((s) => {
      const b = columnBalance(s.report, computeTotals(s.report), column.key);
      const diff = b.left - b.right;
      const blanks = b.blanks > 0 ? `，该列有 ${b.blanks} 格空白，按 0 计` : '';
      return diff === 0 ? [] : [`${named(s)}（${BALANCE_LABELS.left}比${BALANCE_LABELS.right}${diff > 0 ? '多' : '少'} ${Math.abs(diff)} 件${blanks}）`];
    });
    const message = finding.message.replace(/请核对办理结果或结转数。.*$/, '');
    return { ...finding, message: `汇总${message}不平衡来自：${causes.join('、')}。请这些机关核对后重新报送。` };
  });
}

/** The sum of the included reports as a report file: scope and the list of what it sums recorded. */
export function sumReports(
  summands: readonly Summand[],
  meta: { agency: string; year: number | null; scope: ReportScope },
): { report: DraftReport; findings: Finding[] } {
  let report: DraftReport = emptyReport({ agency: meta.agency, year: meta.year, agencyKind: 'government' });
  const { cells, zeroed } = addCells(summands);
  for (const [path, value] of cells) report = setAt(report, path, value);
  report = {
    ...report,
    meta: { ...report.meta, scope: meta.scope },
    summary: { of: summands.map((s) => ({ agency: s.agency, year: s.year, file: s.file, ...(s.sha256 ? { sha256: s.sha256 } : {}) })) },
  };
  const findings: Finding[] = [...balanceFindings(report, summands)];
  const blanks = blankCells(report);
  if (summands.length > 0) findings.push(...blanks.map(withoutFix).map((f) => ({ ...f, message: `汇总的${f.message.replace(/没有发生的事项.*$/, '')}这些格在每一份计入的报告中都是空白。` })));
  const names = summands.flatMap((s, i) => ((zeroed[i] ?? 0) > 0 ? [`${named(s)}（${zeroed[i]} 格）`] : []));
  const first = INPUT_CELLS[0];
  if (names.length > 0 && first) {
    findings.push({ id: 'CELL-BLANK', severity: 'warning', path: first.path, message: `以下报告有空白格或不是数字的格，按 0 计入汇总：${list(names)}。` });
  }
  return { report, findings: sortFindings(findings) };
}
