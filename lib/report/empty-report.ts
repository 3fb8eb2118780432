// A new, blank draft: every cell of the template null, every text empty.
import { setAt } from './paths';
import { DraftReportSchema, REPORT_FORMAT, REPORT_VERSION, type DraftReport } from './file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from './template/sections';
import { INPUT_CELLS } from './template/tables';

/** Reports are written in winter: from November on, for this year; before, for last year. */
export function defaultYear(today: Date): number {
  return today.getMonth() >= 10 ? today.getFullYear() : today.getFullYear() - 1;
}

export function emptyReport(meta: { agency?: string; year?: number | null; agencyKind?: 'department' | 'government' } = {}): DraftReport {
  let draft: unknown = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    meta: { agency: meta.agency ?? '', agencyKind: meta.agencyKind ?? 'department', year: meta.year ?? null },
    other: { fees: { charged: null, cases: null, amountYuan: null } },
  };
  for (const part of [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS]) draft = setAt(draft, part.path, '');
  for (const cell of INPUT_CELLS) draft = setAt(draft, cell.path, null);
  // Parsing proves the template covers every field of the schema.
  return DraftReportSchema.parse(draft);
}
