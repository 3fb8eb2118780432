// The summed tables (汇总与核查) as a Word file and a web page: the sum's print model
// (summaryPrintModel) through the same DOCX and HTML adapters as a report, the sum itself embedded
// as a report's is, so either file reads back whole as the summed report. Imports `docx`: load
// this module only when a Word file is asked for (dynamic import), as the preview does.
import type { Finding } from '@/lib/report/checks/findings';
import { reportProperties } from '@/lib/report/file/embedding';
import type { DraftReport } from '@/lib/report/file/schema';
import { buildDocx } from './docx/document';
import { renderHtmlDocument } from './html/page';
import { summaryPrintModel } from './print-model';

/** The summed tables as a .docx; `findings` are the sum's own (summarise's sumFindings). */
export async function summaryDocx(sum: DraftReport, findings: readonly Finding[]): Promise<Uint8Array<ArrayBuffer>> {
  return buildDocx(summaryPrintModel(sum, findings), await reportProperties(sum));
}

/** The summed tables as one self-contained .html file. */
export const summaryHtml = (sum: DraftReport, findings: readonly Finding[]): string => renderHtmlDocument(summaryPrintModel(sum, findings), sum);
