// The files of one 汇总与核查, as the caller read them: each through the one importer and checks,
// in the order they were dropped. lib/summary never reads files itself; it is pure.
import type { DraftReport } from '@/lib/report/file/schema';
import type { Finding } from '@/lib/report/checks/findings';
import type { FileStatus, ReadSource } from './labels';

export type SummaryEntry = {
  /** The file as the clerk knows it: its path inside the dropped folder, or its name. */
  file: string;
  /** Last modified, ms since 1970 — decides which of two copies of a report counts. */
  modified?: number;
  /** SHA-256 of the file's bytes, recorded in the sum. */
  sha256?: string;
  /** 格式 as shown: 报告文件, Word, 网页, 文字, PDF, Excel. */
  format: string;
  /**
   * `findings`: the report's own checks (runChecks with the summary's `today`) when the reader ran
   * them already — the command line's threads check each report beside its import, in parallel.
   */
  read: { ok: true; report: DraftReport; source: ReadSource; findings?: Finding[] } | { ok: false; problems: readonly string[] };
};

export type SummaryRow = {
  /** Position in the entries: a row's identity (two files may share a name). */
  index: number;
  file: string;
  format: string;
  source: ReadSource | null;
  agency: string;
  year: number | null;
  status: FileStatus;
  /** The report's findings: the checks of the wizard, and across the files (X-CARRY against last year's file). */
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Why the status, in a sentence: unreadable's problems, the duplicate it lost to, the other year. */
  reason: string;
  /** The file is itself a sum (it records `summary.of`): listed, not summed unless chosen. */
  isSummary: boolean;
  /** Could be summed: read, and of the year. */
  eligible: boolean;
  included: boolean;
};
