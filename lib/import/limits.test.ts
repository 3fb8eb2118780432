import { describe, expect, it } from 'vitest';
import { printModelOf } from '@/lib/export/print-model';
import { renderHtmlDocument } from '@/lib/export/html/page';
import { MAX_FILE_BYTES } from '@/lib/report/file/read';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from '@/lib/report/template/sections';
import { importDocument } from './import-document';
import { ourDocx } from './testing/document-fixtures';
import { MAX_DOCUMENT_BYTES, MAX_UNPACKED_BYTES, documentTooLarge, pasteTooLarge } from './limits';

const MB = 1024 * 1024;
const PARAGRAPH = '本机关认真贯彻落实政府信息公开条例，全年主动公开政府信息1234条，依申请公开办理及时规范。'.repeat(4);

/** The busy report with its prose in ordinary paragraphs, its report file about `size` bytes. */
function reportOf(size: number) {
  const paths = [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].map((part) => part.path);
  const paragraphs = Math.ceil(size / 3 / paths.length / (PARAGRAPH.length + 1));
  return paths.reduce((report, path) => setAt(report, path, Array.from({ length: paragraphs }, () => PARAGRAPH).join('\n')), busyReport());
}

describe('the import limits', () => {
  it('fit what the app writes: a report file of 20 MB, its web page under 48 MB, its DOCX unpacked under 100 MB', () => {
    expect([MAX_FILE_BYTES / MB, MAX_DOCUMENT_BYTES / MB, MAX_UNPACKED_BYTES / MB]).toEqual([20, 48, 100]);
  });

  it('read back the web page of a report of 10.5 MB, which weighs over 20 MB (refused at 20 MB before)', { timeout: 60_000 }, async () => {
    const report = reportOf(10.5 * MB);
    const html = new TextEncoder().encode(renderHtmlDocument(printModelOf(report, new Date(2025, 10, 1)), report));
    expect(html.byteLength).toBeGreaterThan(20 * MB);
    expect(html.byteLength / new TextEncoder().encode(JSON.stringify(report)).byteLength).toBeCloseTo(2.07, 1);
    const outcome = await importDocument(html, '报告.html');
    expect(outcome.ok && outcome.source).toBe('embedded');
    expect(outcome.ok && outcome.report.overview.intro).toBe(report.overview.intro);
  });

  it('name the limit that was passed', () => {
    expect(documentTooLarge(48 * MB)).toBeNull();
    expect(documentTooLarge(50 * MB)).toBe('文件有 50.0 MB，超过 48 MB 上限，不予读取：年报助手导出的 Word 文档和网页即使报告有 20 MB 也小于此，一份年度报告通常只有几百 KB。');
    expect(pasteTooLarge(48 * MB)).toBeNull();
    expect(pasteTooLarge(49 * MB)).toBe('粘贴的内容有 49.0 MB，超过 48 MB 上限，不是一份年度报告（一份报告的文字通常只有几十 KB）。');
  });
});

describe('our own DOCX of prose that compresses well', () => {
  it('reads back whole, though its document.xml shrinks more than 100 times (refused by a ratio rule before)', { timeout: 120_000 }, async () => {
    const report = reportOf(3 * MB);
    const docx = await ourDocx(report);
    const outcome = await importDocument(docx, '报告.docx');
    expect(outcome.ok && outcome.source).toBe('embedded');
    expect(outcome.ok && outcome.report.problems.improvements).toBe(report.problems.improvements);
  });
});
