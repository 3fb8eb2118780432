// Everything the wizard reports: the checks of rules.md on the report, plus text typed into a
// field that is not a number yet (the report holds only numbers, so the checks cannot see it).
import { runChecks } from '@/lib/report/checks';
import { invalidCell } from '@/lib/report/checks-content';
import { sortFindings, type Finding } from '@/lib/report/findings';
import { yearProblem } from '@/lib/report/meta-formats';
import { parseCount, parseWanYuan, parseYuan, type Parsed } from '@/lib/report/numbers';
import type { DraftReport } from '@/lib/report/schema';
import { CELL_BY_PATH } from '@/lib/report/tables';

function problemOf(path: string, text: string, today: Date): string | null {
  if (path === 'meta.year') return yearProblem(text, today.getFullYear()) ?? '报告年度应为四位数的年份，如 2025';
  const cell = CELL_BY_PATH.get(path);
  const parse: (t: string) => Parsed<unknown> =
    path === 'other.fees.amountYuan' ? parseYuan : cell?.valueKind === 'amount' ? parseWanYuan : parseCount;
  const result = parse(text);
  return result.ok ? null : result.reason;
}

export function wizardFindings(report: DraftReport, typed: Readonly<Record<string, string>>, today = new Date()): Finding[] {
  const typedFindings = Object.entries(typed).flatMap(([path, text]) => {
    const problem = problemOf(path, text, today);
    return problem ? [invalidCell(path, text.trim(), problem)] : [];
  });
  return sortFindings([...runChecks(report, { today }), ...typedFindings]);
}
