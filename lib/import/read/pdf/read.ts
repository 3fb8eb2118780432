// A PDF as the importer reads it: the text of every page with its position (pdf.js), laid out
// into paragraphs and tables (layout.ts). A PDF carries no embedded report, not even one printed
// from our own export: it is always recognised. Never throws: a PDF without text (a scan), one
// locked with a password, or a damaged one comes back as one plain Chinese line.
import type { ParsedDocument } from '../../parsed-document';
import { layoutDocument } from './layout';
import type { PdfPage, TextRun } from './lines';
import { pdfEngine } from './pdfjs';

export const SCANNED_PDF = '此 PDF 没有文字层（可能是扫描件或图片），无法读取其中的数字。请使用该报告的 Word 或网页版，或把文字粘贴进来。';
export const LOCKED_PDF = '此 PDF 加了打开密码，无法读取：请用 PDF 阅读器打开后另存为不加密的 PDF，或使用该报告的 Word、网页版。';
export const BROKEN_PDF = '此 PDF 文件已损坏或不完整，无法读取：请重新下载该文件，或使用该报告的 Word、网页版。';
export const PDF_READ_FAILED = 'PDF 读取失败';

/** Fewer characters than this on all pages: no text layer worth reading. */
const MIN_TEXT = 20;

export type PdfRead = { ok: true; document: ParsedDocument } | { ok: false; problems: string[] };

type Item = { str: string; transform: number[]; width: number; height: number };
const isItem = <T extends object>(item: T): item is T & Item => 'str' in item && 'transform' in item;

function runOf(item: Item): TextRun {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
  return { text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height };
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await pdfEngine();
  // pdf.js takes the buffer over to its worker: it gets a copy, the caller keeps its bytes.
  const task = pdfjs.getDocument({ data: bytes.slice(), cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const width = x1 - x0;
      const height = y1 - y0;
      const content = await page.getTextContent();
      pages.push({ width, height, runs: content.items.filter(isItem).map(runOf) });
      page.cleanup();
    }
    const text = pages.reduce((n, page) => n + page.runs.reduce((m, run) => m + run.text.trim().length, 0), 0);
    if (text < MIN_TEXT) return { ok: false, problems: [SCANNED_PDF] };
    return { ok: true, document: layoutDocument(pages) };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { ok: false, problems: [LOCKED_PDF] };
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') return { ok: false, problems: [BROKEN_PDF] };
    return { ok: false, problems: [`${PDF_READ_FAILED}：${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    await task.destroy();
  }
}
