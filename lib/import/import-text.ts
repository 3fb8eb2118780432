// Pasted text (or a .txt) → a recognised report, or the reasons there is none, one plain Chinese
// line each: nothing pasted, not text at all, far too much, or text without a report in it.
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import type { ImportOutcome } from './parsed-document';
import { outlineOf } from './recognise/outline';
import { recogniseReport } from './recognise/recognise';
import { MAX_DOCUMENT_BYTES, pasteTooLarge } from './limits';
import { parseText } from './read/text/document';
import { foldRadicals } from './recognise/radicals';

export const EMPTY_TEXT = '粘贴的内容是空的。';
export const NOT_TEXT = '粘贴的内容不是文字：其中有大量控制字符或乱码，可能是把 Word、PDF 或图片文件本身当作文字粘贴了。请打开报告，复制其中的文字后再粘贴。';
export const NO_REPORT = `没有找到年度报告的内容：既没有“${SECTION_HEADINGS.overview}”至“${SECTION_HEADINGS.other}”这六个部分的标题，也没有表二、表三、表四。请粘贴已发布年度报告的全部文字。`;

/** Control characters other than tab and line breaks, NUL, and U+FFFD (bytes that were not text). */
const NOT_TEXT_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
const MAX_NOT_TEXT_SHARE = 0.01;

function utf8Bytes(text: string): number {
  // Each UTF-16 unit is at most 3 bytes in UTF-8: only a long text needs counting.
  return text.length * 3 <= MAX_DOCUMENT_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

const tooMuchText = (text: string): string | null => pasteTooLarge(utf8Bytes(text));

/**
 * Bytes that are not text: more than 1% control characters or replacement marks. A stray NUL in
 * real text (a PDF copy, a broken CMS page) is no reason to refuse it: it is dropped with every
 * character XML forbids when the text enters the report (recogniseReport).
 */
function looksLikeBinary(text: string): boolean {
  const odd = text.match(NOT_TEXT_CHARACTER)?.length ?? 0;
  return odd > text.length * MAX_NOT_TEXT_SHARE;
}

export function importText(text: string): ImportOutcome {
  const large = tooMuchText(text);
  if (large) return { ok: false, problems: [large] };
  if (text.trim() === '') return { ok: false, problems: [EMPTY_TEXT] };
  if (looksLikeBinary(text)) return { ok: false, problems: [NOT_TEXT] };
  try {
    // Text copied from a PDF Chromium printed spells 一 as ⼀ (radicals.ts).
    const document = parseText(foldRadicals(text));
    const result = recogniseReport(document);
    if (outlineOf(document.blocks).found.length === 0 && result.format === '未识别') return { ok: false, problems: [NO_REPORT] };
    return { ok: true, ...result };
  } catch (error) {
    // NOTE: a bug must not take the import page down with it; the clerk gets a line to report.
    return { ok: false, problems: [`识别时出错：${error instanceof Error ? error.message : String(error)}`] };
  }
}
