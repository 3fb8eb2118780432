// All checks of rules.md over one report, sorted errors first, then in document order.
import { tableThreeBalance, printedTotals } from './arithmetic';
import { blankCells, expectedParts, invalidCells, metaFormats, metaRequired, sectionsEmpty, type CheckContext } from './content';
import { yearOverYearChanges } from './change';
import { copiedFromLastYear, lastYearAsReportYear } from './copy';
import { carryOver, feeConsistency, governmentAccountability, inForce, publicationDeadline } from './cross';
import { sortFindings, type Finding } from './findings';
import { proseContradictions } from './prose';
import type { DraftReport } from '../file/schema';
import { computeTotals, totalsAsPrinted } from '../totals';

export function runChecks(report: DraftReport, ctx: CheckContext): Finding[] {
  const totals = computeTotals(report);
  // Checks that compare with a total compare with the one on the page (an imported report's own).
  const printed = totalsAsPrinted(report, totals);
  return sortFindings([
    ...metaRequired(report, ctx),
    ...metaFormats(report),
    ...blankCells(report, ctx.typed),
    ...invalidCells(report),
    ...sectionsEmpty(report),
    ...expectedParts(report),
    ...tableThreeBalance(report, totals, printed),
    ...printedTotals(report, totals),
    ...carryOver(report),
    ...inForce(report),
    ...proseContradictions(report, printed),
    ...feeConsistency(report, printed),
    ...governmentAccountability(report),
    ...copiedFromLastYear(report),
    ...lastYearAsReportYear(report),
    ...yearOverYearChanges(report),
    ...publicationDeadline(report, ctx),
  ]);
}

