// The number the home page shows beside a draft (「N 个错误」). It is stored with the draft on
// save, so the home page paints its list without loading the checks; a record stored before the
// count was kept is counted on the home page after its first paint.
import { inputFindings } from '@/lib/report/checks/input-findings';
import type { DraftRecord } from './record';

/** The errors among the draft's findings (the report's checks and the text typed into its cells), as of `today`. */
export const errorCount = (record: Pick<DraftRecord, 'report' | 'inputs'>, today: Date): number =>
  inputFindings(record.report, record.inputs, today).filter((finding) => finding.severity === 'error').length;

/** The record with its count of errors, to be stored. */
export const withErrorCount = <R extends DraftRecord>(record: R, today = new Date()): R => ({ ...record, errors: errorCount(record, today) });
