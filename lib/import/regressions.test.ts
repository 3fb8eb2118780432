import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';
import { ourHtml } from './testing/document-fixtures';
import { importText } from './import-text';
import { cpuMs } from '@/lib/report/testing/cpu-time';

// Found by the importer fuzz (fuzz.test.ts) on other seeds; each once hung or failed outright.
describe('inputs that once broke the importer', () => {
  it('answers at once for a repeated heading on a line with bars or tabs (it used to loop forever)', () => {
    for (const text of ['一、总体情况\n|一、总体情况', '一、总体情况\n一、总体情况\t', '一、总体情况\n一、总体情况 |', '四、政行政府信息公开\n|三、信息公开申请情况']) {
      const start = cpuMs();
      const outcome = importText(text);
      // Generous on a busy machine: the loop it used to fall into never ended.
      expect(cpuMs() - start).toBeLessThan(2000);
      // A draft with what was (not) found, not merely 「something truthy」.
      expect(outcome.ok).toBe(true);
      expect(outcome.ok && outcome.notes).toContain('没有找到表二、表三、表四，表格中的数字需要全部手工填写。');
    }
  });

  it('imports a （七）总计 row with an unreadable cell, leaving that cell blank instead of failing', () => {
    const outcome = importText('三、收到和处理政府信息公开申请情况\n（七）总计\t1\t/\t0\t0\t0\t0\t1');
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.report.applications.resultsTotal).toEqual({ natural: 1, business: null, research: 0, nonprofit: 0, legal: 0, other: 0, total: 1 });
  });

  it('reads a web page whose （七）总计 cell reads 「/」 without an internal error', async () => {
    // Without our data block, so that the page is recognised from its tables.
    const html = ourHtml()
      .replace(/<script[\s\S]*?<\/script>/, '')
      .replace(/(（七）总计<\/th>\s*<td[^>]*>)39(<\/td>)/, '$1/$2');
    expect(html).toContain('/</td>');
    const outcome = await importDocument(new TextEncoder().encode(html), '报告.html');
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.report.applications.resultsTotal?.natural).toBeNull();
  });
});
