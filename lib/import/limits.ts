// How large a file the importer reads, chosen from what the app itself writes, so that it reads
// back everything it exports. A report file may hold 20 MB (MAX_FILE_BYTES: some 7 million
// characters; a real report is tens of KB). Measured on reports of ordinary paragraphs (about 180
// characters each), a web page exported from a report weighs 2.07 times its report file (the text
// printed, and embedded again), and its DOCX unpacks to 3.2 times it (document.xml's runs and the
// embedded JSON): 41 MB and 64 MB for a 20 MB report. The limits leave room above both.
import { MAX_FILE_BYTES } from '@/lib/report/file/read';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** A document (web page, DOCX, workbook, PDF, text) or a paste: our web page of a 20 MB report is 41 MB. */
export const MAX_DOCUMENT_BYTES = 48 * MB;
/** What a DOCX or workbook may unpack to: our DOCX of a 20 MB report unpacks to 64 MB. */
export const MAX_UNPACKED_BYTES = 100 * MB;

const LIMIT_MB = MAX_DOCUMENT_BYTES / MB;
const REPORT_MB = MAX_FILE_BYTES / MB;

/** The refusal of a file too large to be a report's document, or null. */
export function documentTooLarge(bytes: number): string | null {
  return bytes > MAX_DOCUMENT_BYTES
    ? `文件有 ${mb(bytes)} MB，超过 ${LIMIT_MB} MB 上限，不予读取：年报助手导出的 Word 文档和网页即使报告有 ${REPORT_MB} MB 也小于此，一份年度报告通常只有几百 KB。`
    : null;
}

/** The refusal of pasted text too long to be a report, or null. */
export function pasteTooLarge(bytes: number): string | null {
  return bytes > MAX_DOCUMENT_BYTES ? `粘贴的内容有 ${mb(bytes)} MB，超过 ${LIMIT_MB} MB 上限，不是一份年度报告（一份报告的文字通常只有几十 KB）。` : null;
}
