// The workbook the 政务公开办 keeps and sends on: the summed tables 二, 三 and 四 in the template's
// geometry (merges, printed widths, numbers as numbers), each table again with one row per agency
// (分机关明细), and every finding of every report (问题清单) to send back to the departments.
// A single report's tables can be written the same way (reportWorkbook).
import type { DraftReport } from '@/lib/report/file/schema';
import { SEVERITY_LABELS, type Severity } from '@/lib/report/checks/findings';
import { reportTitle } from '@/lib/report/title';
import { TABLES } from '@/lib/report/template/tables';
import { SHEET_LABELS, detailSheet, reportTableSheets } from './table-sheets';
import { writeWorkbook, type XlsxCell, type XlsxSheet } from './write';

/** Drafts too: a sum of drafts, or a department's draft, keeps its blank cells blank. */
export type SummaryWorkbookInput = {
  sum: DraftReport;
  title: string;
  reports: { agency: string; file: string; report: DraftReport }[];
  findings: { agency: string; file: string; id: string; severity: Severity; location: string; message: string }[];
};

/** 机关, 编号, 严重程度, 位置, 说明, and the file the finding is in. */
export const FINDING_COLUMNS = [
  { label: SHEET_LABELS.agency, width: 24 },
  { label: '编号', width: 14 },
  { label: '严重程度', width: 10 },
  { label: '位置', width: 30 },
  { label: '说明', width: 80 },
  { label: SHEET_LABELS.file, width: 30 },
] as const;

function findingsSheet(findings: SummaryWorkbookInput['findings']): XlsxSheet {
  const cell = (value: string, bold = false): XlsxCell => ({ value, align: 'left', ruled: true, bold });
  return {
    name: SHEET_LABELS.findings,
    columns: FINDING_COLUMNS.map((c) => c.width),
    rows: [
      FINDING_COLUMNS.map((c) => cell(c.label, true)),
      ...findings.map((f) => [f.agency, f.id, SEVERITY_LABELS[f.severity], f.location, f.message, f.file].map((text) => cell(text))),
    ],
    stickyRows: 1,
  };
}

export async function summaryWorkbook(input: SummaryWorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook([
    ...reportTableSheets(input.sum, input.title, SHEET_LABELS.sum),
    ...TABLES.map((table) => detailSheet(table, input.reports, input.sum)),
    findingsSheet(input.findings),
  ]);
}

/** One report's three tables, as printed, one sheet each (a draft's blank cells stay blank). */
export async function reportWorkbook(report: DraftReport): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook(reportTableSheets(report, reportTitle(report.meta), ''));
}
