// Any file a clerk starts this year's report from, told apart by its content (not its name): a DOCX
// or HTML exported by 年报助手 is read back whole from its embedded data (its numbers edited since:
// recognised; its prose edited since: those sections taken from the document, edited-prose.ts);
// any other DOCX, web page, PDF or text is read into paragraphs and tables and recognised (a PDF
// carries no embedded data); a report file is read as such.
// Never throws: whatever goes wrong comes back as one plain Chinese line.
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import { withEditedProse, type ProseSectionId } from './edited-prose';
import { coverage } from './recognise/coverage';
import { decodeText } from './read/text/decode';
import { readDocx } from './read/docx/read';
import { isZip } from './read/docx/zip';
import { readHtml } from './read/html/read';
import { readXlsx } from './read/xlsx/read';
import { isWorkbook } from './read/xlsx/workbook';
import { importText } from './import-text';
import type { ImportOutcome, ParsedDocument } from './parsed-document';
import { recogniseReport, recogniseTableValues } from './recognise/recognise';
import { readReportBytes } from '@/lib/report/file/read';
import { documentTooLarge } from './limits';

export const UNRECOGNISED_FILE = '无法识别的文件：既不是报告文件、Word 文档、Excel 工作簿、网页，也不是文字。';
export const NO_TABLES_IN_WORKBOOK =
  'Excel 工作簿中没有找到年度报告的表格（主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况）：请确认表格的栏目名称与国办公开办函〔2021〕30号格式一致，或改为导入 Word 文档、网页。';
export const WORKBOOK_NOTE = '已从 Excel 工作簿中按表格识别（工作簿中只有表格，各部分文字需另行填写）。';
export const OLD_OFFICE_FILE =
  '这是旧版 Word 文档（.doc）、旧版 Excel 工作簿（.xls）、WPS 文档（.wps）或加了密码的文档，不能直接读取：请在 Word、Excel 或 WPS 中打开，另存为不加密的 .docx 或 .xlsx 后再导入。';
export const READ_BACK_NOTE = '已从年报助手导出的文件中完整读回报告。';
const REPORT_FILE_NOTE = '已读取年报助手报告文件。';
export const ALTERED_NOTE = '文件中的年报助手数据已被改动，改为按文字和表格识别。';
/** Sections whose text the document shows otherwise than its embedded data: taken from the document. */
export const editedProseNote = (sections: readonly ProseSectionId[]): string =>
  `已从年报助手导出的文件中读回报告，但${sections.map((id) => `“${SECTION_HEADINGS[id]}”`).join('、')}的文字与文件中的年报助手数据不同（可能导出后在 Word 或网页编辑器中改过），已按文档中现在的文字读入，请核对。`;
export const EDITED_NOTE = '文档中表格的数字与年报助手导出时不同（可能在 Word 或网页编辑器中改过），已按文档中现在的内容识别。';

const fail = (problem: string): ImportOutcome => ({ ok: false, problems: [problem] });
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** A PDF file, by its signature (also how the browser decides where a file is read). */
export const isPdf = (bytes: Uint8Array) => startsWith(bytes, PDF);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A report read whole, its cells counted as the recogniser counts them: a blank cell is missing. */
function wholeReport(report: DraftReport, note: string, proseFromDocument?: readonly string[]): ImportOutcome {
  return {
    ok: true,
    report,
    format: '30号',
    source: 'embedded',
    ...(proseFromDocument ? { proseFromDocument } : {}),
    ...coverage((path) => !isBlank(getAt(report, path))),
    notes: [note],
  };
}

function recognised(document: ParsedDocument, altered: boolean): ImportOutcome {
  const result = recogniseReport(document);
  return { ok: true, ...result, notes: altered ? [ALTERED_NOTE, ...result.notes] : result.notes };
}

/**
 * The numbers the document itself shows differ from its embedded data: it was edited after export.
 * Only the tables are read for this (the rest of recognition is not needed to compare numbers).
 */
function editedAfterExport(embedded: DraftReport, document: ParsedDocument): boolean {
  const shown = recogniseTableValues(document);
  return INPUT_CELLS.some((cell) => {
    const value = shown.get(cell.path);
    return value !== undefined && !isBlank(value) && String(value) !== String(getAt(embedded, cell.path));
  });
}

function fromEmbedding(read: { embedded: DraftReport | null; embeddedAltered: boolean; document: ParsedDocument }): ImportOutcome {
  if (!read.embedded) return recognised(read.document, read.embeddedAltered);
  if (editedAfterExport(read.embedded, read.document)) {
    const result = recognised(read.document, false);
    return result.ok ? { ...result, notes: [EDITED_NOTE, ...result.notes] } : result;
  }
  // The whole document is recognised only when a section's prose differs.
  const document = read.document;
  const prose = withEditedProse(read.embedded, document, () => recogniseReport(document).report);
  if (prose.sections.length > 0) return wholeReport(prose.report, editedProseNote(prose.sections), prose.sections.map((id) => SECTION_HEADINGS[id]));
  return wholeReport(read.embedded, READ_BACK_NOTE);
}

/** A report file: JSON by content, or by its name even when broken (its problems are then listed). */
function isReportFile(text: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (!text.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A workbook holds tables only: recognised as a DOCX's tables are, refused when none is found. */
function fromWorkbook(bytes: Uint8Array): ImportOutcome {
  const read = readXlsx(bytes);
  if (!read.ok) return read;
  const result = recogniseReport(read.document);
  if (result.format === '未识别') return fail(NO_TABLES_IN_WORKBOOK);
  return { ok: true, ...result, notes: [WORKBOOK_NOTE, ...result.notes] };
}

const wholeOrProblems = (read: ReturnType<typeof readReportBytes>): ImportOutcome => (read.ok ? wholeReport(read.report, REPORT_FILE_NOTE) : read);

const isHtml = (text: string) => /<(?:!doctype\s+html|html|table|p)[\s>/]/i.test(text);

async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  const large = documentTooLarge(bytes.byteLength);
  if (large) return fail(large);
  if (bytes.byteLength === 0) return fail('文件是空的。');
  if (isZip(bytes)) {
    if (isWorkbook(bytes)) return fromWorkbook(bytes);
    const read = await readDocx(bytes);
    return read.ok ? fromEmbedding(read) : read;
  }
  if (isPdf(bytes)) {
    // The PDF reader and pdf.js load only when a PDF is opened: the import page stays as light.
    const { readPdf } = await import('./read/pdf/read');
    const read = await readPdf(bytes);
    return read.ok ? recognised(read.document, false) : read;
  }
  if (startsWith(bytes, OLE)) return fail(OLD_OFFICE_FILE);
  const text = decodeText(bytes);
  // A report file holding NUL is still a report file: its reader drops the character.
  if (text === null && /\.json$/i.test(fileName)) return wholeOrProblems(readReportBytes(bytes));
  if (text === null) return fail(UNRECOGNISED_FILE);
  if (isReportFile(text, fileName)) {
    return wholeOrProblems(readReportBytes(bytes));
  }
  if (isHtml(text)) return fromEmbedding(readHtml(text));
  return importText(text);
}

export async function importDocument(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  try {
    return await importBytes(bytes, fileName);
  } catch (error) {
    return fail(`读取文件时出错：${error instanceof Error ? error.message : String(error)}`);
  }
}
