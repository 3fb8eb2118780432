// All checks of rules.md over one report, sorted errors first, then in document order.
import { tableThreeBalance, printedTotals } from './arithmetic';
import { blankCells, expectedParts, invalidCells, metaFormats, metaRequired, sectionsEmpty, type CheckContext } from './content';
import { copiedFromLastYear, lastYearAsReportYear } from './copy';
import { carryOver, feeConsistency, governmentAccountability, inForce, publicationDeadline } from './cross';
import { sortFindings, type Finding } from './findings';
import { proseContradictions } from './prose';
import type { DraftReport } from '../file/schema';
import { computeTotals } from '../totals';

export function runChecks(report: DraftReport, ctx: CheckContext): Finding[] {
  const totals = computeTotals(report);
  return sortFindings([
    ...metaRequired(report, ctx),
    ...metaFormats(report),
    ...blankCells(report, ctx.typed),
    ...invalidCells(report),
    ...sectionsEmpty(report),
    ...expectedParts(report),
    ...tableThreeBalance(report, totals),
    ...printedTotals(report, totals),
    ...carryOver(report),
    ...inForce(report),
    ...proseContradictions(report, totals),
    ...feeConsistency(report, totals),
    ...governmentAccountability(report),
    ...copiedFromLastYear(report),
    ...lastYearAsReportYear(report),
    ...publicationDeadline(report, ctx),
  ]);
}

