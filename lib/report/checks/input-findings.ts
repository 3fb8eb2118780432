// The findings of a draft being typed: the checks of rules.md on the report, plus text typed into
// a field that is not a number (the report holds only numbers, so the checks cannot see it).
import { runChecks } from './checks';
import { invalidCell } from './content';
import { sortFindings, type Finding } from './findings';
import { YEAR_FORMAT_MESSAGE, yearProblem } from './meta-formats';
import type { DraftReport } from '../file/schema';
import { parserFor, valueKindOf } from '../values';

const FEE_INPUTS = new Set(['other.fees.cases', 'other.fees.amountYuan']);

function problemOf(path: string, text: string, today: Date): string | null {
  if (path === 'meta.year') return yearProblem(text, today.getFullYear()) ?? YEAR_FORMAT_MESSAGE;
  const parsed = parserFor(valueKindOf(path))(text);
  return parsed.ok ? null : parsed.reason;
}

/**
 * `typed`: the text of fields whose input is not a number, once the clerk has left them. The
 * fee fields count only while 收取了信息处理费 is chosen (otherwise they are not on screen).
 */
export function inputFindings(report: DraftReport, typed: Readonly<Record<string, string>>, today: Date): Finding[] {
  const shown = Object.entries(typed).filter(([path]) => !FEE_INPUTS.has(path) || report.other.fees.charged === true);
  const typedFindings = shown.flatMap(([path, text]) => {
    const problem = problemOf(path, text, today);
    return problem ? [invalidCell(path, text.trim(), problem)] : [];
  });
  const ctx = { today, typed: new Set(shown.map(([path]) => path)) };
  return sortFindings([...runChecks(report, ctx), ...typedFindings]);
}
