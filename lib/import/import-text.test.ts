import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/report/checks/checks';
import { generatePreface } from '@/lib/report/preface';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { DraftReport } from '@/lib/report/file/schema';
import { withTotals } from '@/lib/report/totals';
import { renderPdfText } from './testing/render-pdf-text';
import { renderBarText, renderTabText } from './testing/render-text';
import { tenPageReport, tenPageText } from './testing/ten-pages';
import { EMPTY_TEXT, importText, NO_REPORT, NOT_TEXT } from './import-text';
import { publishedSample } from './testing/samples';
import type { ImportOutcome } from './parsed-document';
import { cpuMs } from '@/lib/report/testing/cpu-time';

function recognised(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`not recognised: ${outcome.problems.join(' ')}`);
  return outcome;
}

describe('a busy agency’s report pasted in each of the three shapes', () => {
  const busy = busyReport();
  const printed = withTotals(busy);
  const shapes = [
    ['tab-separated cells (like sample 000)', renderTabText],
    ['one cell per line with 「 |」 bars (like sample 001)', renderBarText],
    ['PDF text with labels broken over lines (like sample 003)', renderPdfText],
  ] as const;

  it.each(shapes)('puts every number of %s into its cell, printed totals included', (_, render) => {
    const result = recognised(importText(render(busy)));
    expect(result.format).toBe('30号');
    expect(result.report.proactive).toEqual(busy.proactive);
    expect(result.report.applications).toEqual(printed.applications);
    expect(result.report.review).toEqual(printed.review);
    expect(result.tables).toEqual([
      { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
      { table: 'table3', found: 175, printed: 175, total: 144, unread: [] },
      { table: 'table4', found: 15, printed: 15, total: 12, unread: [] },
    ]);
    expect(result.missing).toEqual([]);
  });

  it.each(shapes)('reads agency, year, preface, closing date and every section of %s', (_, render) => {
    const { report } = recognised(importText(render(busy)));
    // 基本信息 whole: the website and every contact detail read back from the preface the app printed.
    expect(report.meta).toEqual(busy.meta);
    expect(report.preface).toBe(generatePreface(busy.meta));
    expect(report.overview).toEqual(busy.overview);
    expect(report.problems).toEqual(busy.problems);
    expect(report.other).toEqual({ ...busy.other, fees: { charged: false, cases: null, amountYuan: null } });
  });
});

describe('printed totals that do not add up', () => {
  it('are kept as printed, so the checks report T3-ROWTOTAL, T3-RESULTS and T4-TOTAL', () => {
    const busy = withTotals(busyReport());
    const wrong: DraftReport = {
      ...busy,
      applications: {
        ...busy.applications,
        received: { ...busy.applications.received, total: 55 },
        resultsTotal: { natural: 40, business: 6, research: 2, nonprofit: 1, legal: 4, other: 0, total: 53 },
      },
      review: { ...busy.review, reconsideration: { ...busy.review.reconsideration, total: 5 } },
    };
    const { report } = recognised(importText(renderTabText(wrong)));
    expect(report.applications.received.total).toBe(55);
    expect(report.applications.resultsTotal?.natural).toBe(40);
    expect(report.review.reconsideration.total).toBe(5);
    const findings = runChecks(report, { today: new Date(2026, 0, 10) }).filter((f) => ['T3-ROWTOTAL', 'T3-RESULTS', 'T4-TOTAL'].includes(f.id));
    expect(findings.map((f) => [f.id, f.path])).toEqual([
      ['T3-ROWTOTAL', 'applications.received.total'],
      ['T3-RESULTS', 'applications.resultsTotal.natural'],
      ['T3-RESULTS', 'applications.resultsTotal.total'],
      ['T4-TOTAL', 'review.reconsideration.total'],
    ]);
  });
});

describe('text that is not a report', () => {
  it('refuses an empty paste', () => {
    expect(importText('')).toEqual({ ok: false, problems: [EMPTY_TEXT] });
    expect(EMPTY_TEXT).toBe('粘贴的内容是空的。');
  });

  it('refuses a paste of nothing but white space', () => {
    expect(importText(' \n\t\u3000\n ')).toEqual({ ok: false, problems: ['粘贴的内容是空的。'] });
  });

  it('refuses binary bytes decoded as text', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(importText(text)).toEqual({ ok: false, problems: [NOT_TEXT] });
    expect(NOT_TEXT).toBe('粘贴的内容不是文字：其中有大量控制字符或乱码，可能是把 Word、PDF 或图片文件本身当作文字粘贴了。请打开报告，复制其中的文字后再粘贴。');
  });

  it('reads text with a stray NUL and U+FFFF as the same text without them', () => {
    const text = publishedSample('003');
    const stray = text.replace('一、总体情况', '一、总体\u0000情况').replace('本年度没有产生', '本年度\uFFFF没有产生');
    expect([stray.includes('\u0000'), stray.includes('\uFFFF')]).toEqual([true, true]);
    expect(importText(stray)).toEqual(importText(text));
  });

  it('refuses text with neither section headings nor tables', () => {
    const outcome = importText('关于召开2025年度政务公开工作会议的通知\n各科室：定于1月10日召开工作会议，请准时参加。');
    expect(outcome).toEqual({ ok: false, problems: [NO_REPORT] });
    expect(NO_REPORT).toBe(
      '没有找到年度报告的内容：既没有“一、总体情况”至“六、其他需要报告的事项”这六个部分的标题，也没有表二、表三、表四。请粘贴已发布年度报告的全部文字。',
    );
  });

  it('refuses more than 48 MB', () => {
    const outcome = importText('一、总体情况\n'.repeat(2_800_000));
    expect(outcome).toEqual({ ok: false, problems: ['粘贴的内容有 50.7 MB，超过 48 MB 上限，不是一份年度报告（一份报告的文字通常只有几十 KB）。'] });
  });
});

describe('a long paste', () => {
  it('imports ten pages of PDF text well under a second', () => {
    const text = tenPageText();
    expect(text.length).toBeGreaterThan(20_000);
    const start = cpuMs();
    const result = recognised(importText(text));
    const elapsed = cpuMs() - start;
    expect(result.report.overview).toEqual(tenPageReport().overview);
    expect(result.missing).toEqual([]);
    expect(elapsed).toBeLessThan(500);
  });
});
