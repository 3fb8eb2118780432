// Text is cleaned of what XML forbids where it enters the report (lib/report/xml-characters.ts);
// the exporters are the last guard: a character that got past would make the file unreadable.
import { describe, expect, it } from 'vitest';
import { reportProperties } from '@/lib/report/file/embedding';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { buildDocx } from './docx/document';
import { renderHtmlDocument, renderHtmlFragment } from './html/page';
import { printModelOf } from './print-model';
import { reportWorkbook } from './xlsx/summary-workbook';

const today = new Date(2025, 10, 1);
const hostile = setAt(busyReport(), 'overview.intro', '全年收到申请\uFFFF。');
const agencyNul = setAt(busyReport(), 'meta.agency', '某某县\u0000司法局');

describe('an exporter handed a character XML forbids', () => {
  it('refuses to write the DOCX, naming the character', async () => {
    await expect(buildDocx(printModelOf(hostile, today), await reportProperties(hostile))).rejects.toThrow('Word 文档中有 XML 不允许的字符 U+FFFF，未能导出。');
  });

  it('refuses to write the web page and the fragment, naming the character', () => {
    expect(() => renderHtmlDocument(printModelOf(hostile, today), hostile)).toThrow('网页中有 XML 不允许的字符 U+FFFF，未能导出。');
    expect(() => renderHtmlFragment(printModelOf(agencyNul, today))).toThrow('网页中有 XML 不允许的字符 U+0000，未能导出。');
  });

  it('refuses to write the workbook, naming the character', async () => {
    await expect(reportWorkbook(agencyNul)).rejects.toThrow('Excel 工作簿中有 XML 不允许的字符 U+0000，未能导出。');
  });

  it('writes all of them for a clean report', async () => {
    const report = busyReport();
    expect((await buildDocx(printModelOf(report, today), await reportProperties(report))).byteLength).toBeGreaterThan(0);
    expect(renderHtmlDocument(printModelOf(report, today), report)).toContain('</html>');
  });
});
