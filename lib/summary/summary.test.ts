import { describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { computeTotals } from '@/lib/report/totals';
import { getAt, setAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import type { SummaryEntry } from './entries';
import { summarise } from './summary';

const today = new Date('2026-01-10T00:00:00Z');
const report = (agency: string, year = 2025, change: (r: DraftReport) => DraftReport = (r) => r): DraftReport =>
  change({ ...busyReport(), meta: { ...busyReport().meta, agency, year } });
const entry = (file: string, r: DraftReport, modified?: number): SummaryEntry => ({ file, format: '报告文件', read: { ok: true, report: r, source: 'embedded' }, ...(modified ? { modified } : {}) });

describe('summarise', () => {
  it('gives each file its status: 可发布, 有错误, 无法读取, 年度不符, 重复', () => {
    const broken = report('乙局', 2025, (r) => setAt(r, 'applications.received.natural', null));
    const s = summarise(
      [
        entry('a.json', report('甲局')),
        entry('b.json', broken),
        { file: 'c.docx', format: 'Word', read: { ok: false, problems: ['文件是空的。'] } },
        entry('d.json', report('丙局', 2023)),
        entry('e.json', report('甲局')),
      ],
      { today },
    );
    expect(s.year).toBe(2025);
    expect(s.rows.map((r) => r.status)).toEqual(['duplicate', 'errors', 'unreadable', 'other-year', 'ok']);
    expect(s.rows[0]?.reason).toBe('与「e.json」是同一机关同一年度的报告，只计入「e.json」（排在后面）。');
    expect(s.rows[4]?.reason).toBe('另有同一机关同一年度的报告：「a.json」，计入本文件。');
    expect(s.rows[2]?.reason).toBe('文件是空的。');
    expect(s.rows[3]?.reason).toBe('是 2023 年度的报告，不是 2025 年度：不计入汇总。');
    expect(s.rows.map((r) => r.included)).toEqual([false, true, false, false, true]);
    expect(s.rows[1]?.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual(['CELL-BLANK']);
    expect(s.rows[1]?.errors).toBe(1);
    expect(s.sum.summary?.of.map((o) => o.file)).toEqual(['b.json', 'e.json']);
  });

  it('takes a report’s findings from its reader when the reader checked it already, and checks it itself otherwise', () => {
    const broken = report('乙局', 2025, (r) => setAt(r, 'applications.received.natural', null));
    const given = { id: 'CELL-BLANK', severity: 'error', path: 'applications.received.legal', message: '读取时已检查。' } as const;
    const checked: SummaryEntry = { file: 'b.json', format: '报告文件', read: { ok: true, report: broken, source: 'embedded', findings: [given] } };
    const s = summarise([checked, entry('c.json', broken)], { today });
    expect(s.rows[0]?.findings).toEqual([given]);
    expect(s.rows[1]?.findings.filter((f) => f.severity === 'error').map((f) => f.path)).toEqual(['applications.received.natural']);
  });

  it('counts the later of two copies by modified time, whatever the order', () => {
    const s = summarise([entry('new.json', report('甲局'), 2000), entry('old.json', report('甲局'), 1000)], { today });
    expect(s.rows.map((r) => r.status)).toEqual(['ok', 'duplicate']);
    expect(s.rows[1]?.reason).toBe('与「new.json」是同一机关同一年度的报告，只计入「new.json」（修改时间较晚）。');
  });

  it('tells agencies apart by name however spaced, and keeps the year the most files have', () => {
    const s = summarise([entry('a', report('甲 局')), entry('b', report('甲局')), entry('c', report('乙局', 2024))], { today });
    expect(s.rows.map((r) => r.status)).toEqual(['duplicate', 'ok', 'other-year']);
    expect(s.rows[2]?.reason).toBe('是 2024 年度（上年）的报告：不计入汇总，用于核对上年结转。');
  });

  it('sums every cell of tables 二, 三 and 四 and recomputes the totals', () => {
    const s = summarise([entry('a', report('甲局')), entry('b', report('乙局')), entry('c', report('丙局'))], { today, agency: '某某县人民政府', scope: 'region' });
    const one = busyReport();
    expect(s.sum.applications.received).toEqual({ natural: 120, business: 18, research: 6, nonprofit: 3, legal: 12, other: 3 });
    expect(s.sum.review.reconsideration).toEqual({ upheld: 6, corrected: 3, other: 0, pending: 3 });
    expect(s.sum.proactive.licensing).toBe(one.proactive.licensing * 3);
    expect(computeTotals(s.sum).get('applications.resultsTotal.total')).toBe(156);
    expect(s.sum.meta).toMatchObject({ agency: '某某县人民政府', agencyKind: 'government', year: 2025, scope: 'region' });
    expect(s.sumFindings).toEqual([]);
  });

  it('adds the 万元 fee exactly, never in binary floating point', () => {
    const fee = (agency: string, amount: string) => entry(agency, report(agency, 2025, (r) => setAt(r, 'proactive.feesWanYuan', amount)));
    const s = summarise([fee('甲局', '0.1'), fee('乙局', '0.2'), fee('丙局', '12.3456'), fee('丁局', '99999999.0001')], { today });
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(s.sum.proactive.feesWanYuan).toBe('100000011.6457');
  });

  it('sums the cells of an imported report, never its printed totals', () => {
    const misprinted = report('乙局', 2025, (r) => setAt(r, 'applications.received.total', 999));
    const s = summarise([entry('a', report('甲局')), entry('b', misprinted)], { today });
    expect(s.rows[1]?.status).toBe('errors');
    expect(s.rows[1]?.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual(['T3-ROWTOTAL']);
    expect(getAt(s.sum, 'applications.received.total')).toBeUndefined();
    expect(computeTotals(s.sum).get('applications.received.total')).toBe(108);
  });

  it('says which reports leave a column of the sum unbalanced', () => {
    const off = report('乙局', 2025, (r) => setAt(r, 'applications.carriedForward.natural', 7));
    const s = summarise([entry('a', report('甲局')), entry('b', off)], { today });
    expect(s.rows[1]?.status).toBe('errors');
    expect(s.sumFindings.map((f) => [f.id, f.severity, f.path])).toEqual([['T3-BALANCE', 'error', 'applications.carriedForward.natural']]);
    expect(s.sumFindings[0]?.message).toBe(
      '汇总表三·自然人列：一、本年新收(80) + 二、上年结转(6) = 86，但（七）总计(78) + 四、结转下年度(11) = 89，相差 3，办理结果与结转比收到的多 3 件。不平衡来自：乙局（一+二比（七）+四少 3 件）。请这些机关核对后重新报送。',
    );
    expect(s.sumFindings[0]?.fix).toBeUndefined();
  });

  it('lists the reports whose blank cells count as 0', () => {
    const blank = report('乙局', 2025, (r) => setAt(setAt(r, 'applications.received.natural', null), 'proactive.feesWanYuan', null));
    const s = summarise([entry('a', report('甲局')), entry('b', blank)], { today });
    expect(s.sumFindings.map((f) => f.message)).toEqual([
      '汇总表三·自然人列：一、本年新收(40) + 二、上年结转(6) = 46，但（七）总计(78) + 四、结转下年度(8) = 86，相差 40，办理结果与结转比收到的多 40 件。不平衡来自：乙局（一+二比（七）+四少 40 件，该列有 1 格空白，按 0 计）。请这些机关核对后重新报送。',
      '以下报告有空白格或不是数字的格，按 0 计入汇总：乙局（2 格）。',
    ]);
    expect(s.sum.applications.received.natural).toBe(40);
  });

  it('keeps a file that is itself a sum out unless the clerk includes it', () => {
    const sum = summarise([entry('a', report('甲局'))], { today, agency: '某某县人民政府' }).sum;
    const entries = [entry('a', report('甲局')), entry('sum.json', sum)];
    const s = summarise(entries, { today });
    expect(s.rows[1]).toMatchObject({ isSummary: true, included: false, reason: '本文件本身是汇总（汇总了 1 份报告），默认不计入，以免重复计算。' });
    expect(s.sum.applications.received.natural).toBe(40);
    expect(summarise(entries, { today, include: new Set([0, 1]) }).sum.applications.received.natural).toBe(80);
  });

  it('sums only what the clerk includes, and nothing of another year even when asked', () => {
    const s = summarise([entry('a', report('甲局')), entry('b', report('乙局')), entry('c', report('丙局', 2024))], { today, include: new Set([1, 2]) });
    expect(s.rows.map((r) => r.included)).toEqual([false, true, false]);
    expect(s.sum.applications.received.natural).toBe(40);
  });

  it('checks 二、上年结转 against last year’s file of the same agency (X-CARRY)', () => {
    const last = report('甲局', 2024, (r) => {
      const carried = setAt(r, 'applications.carriedForward', { natural: 5, business: 1, research: 0, nonprofit: 0, legal: 1, other: 0 });
      return setAt(setAt(carried, 'proactive.regulations.inForce', 11), 'proactive.normativeDocuments.inForce', 40);
    });
    const s = summarise([entry('2025/甲局.json', report('甲局')), entry('2024/甲局.json', last), entry('b', report('乙局'))], { today });
    const carry = s.rows[0]?.findings.filter((f) => f.id === 'X-CARRY');
    expect(carry?.map((f) => f.message)).toEqual([
      '对照上年报告「2024/甲局.json」：表三·自然人列：二、上年结转填的是 3，但上年（2024年）报告的四、结转下年度继续办理为 5。两者应当一致，请核对。',
    ]);
    expect(s.rows[0]?.findings.filter((f) => f.id === 'X-INFORCE').map((f) => f.message)).toEqual([]);
    expect(s.rows[2]?.findings.filter((f) => f.id === 'X-CARRY')).toEqual([]);
  });

  it('has nothing to sum when nothing is readable', () => {
    const s = summarise([{ file: 'x', format: '文字', read: { ok: false, problems: ['无法识别的文件。'] } }], { today });
    expect(s.year).toBeNull();
    expect(s.sum.summary?.of).toEqual([]);
  });
});
