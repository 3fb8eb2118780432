import { describe, expect, it } from 'vitest';
import { runChecks } from './checks/checks';
import { proseContradictions } from './checks/prose';
import { emptyReport } from './empty-report';
import type { DraftReport } from './file/schema';
import { keyFigures } from './key-figures';
import { setAt } from './paths';
import { insertGenerated, requestsProse } from './requests-prose';
import { huaian2024 } from './testing/huaian-2024';
import { busyReport } from './testing/sample-reports';
import { computeTotals } from './totals';

const HUAIAN =
  '2024年，本机关新收政府信息公开申请3119件，上年结转34件，办结3050件，结转下年度103件；其中予以公开1362件，占44.7%，部分公开454件，占14.9%，' +
  '不予公开178件，占5.8%，无法提供781件，占25.6%，不予处理88件，占2.9%，其他处理187件，占6.1%。' +
  '因政府信息公开工作被申请行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；' +
  '被提起行政诉讼46件（未经复议直接起诉26件，复议后起诉20件），其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。';

const written = (report: DraftReport) => setAt(report, 'overview.requests', requestsProse(report));
// The findings on 一（二） (the busy fixture's other parts speak of its own 2025 numbers).
const proseFindings = (report: DraftReport) => proseContradictions(report, computeTotals(report)).filter((f) => f.path === 'overview.requests');

describe('the sentences of 一（二） written from the tables', () => {
  it('for a busy report (淮安市 2024): the flow, each result with its share, 复议 and 诉讼 with their results', () => {
    expect(requestsProse(huaian2024())).toBe(HUAIAN);
    // The 2024 report as published says the same numbers in its own words.
    expect(runChecks(huaian2024(), { today: new Date(2025, 0, 5) }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('agree with the tables as X-PROSE reads them', () => {
    expect(proseFindings(written(huaian2024()))).toEqual([]);
    expect(proseFindings(written(busyReport()))).toEqual([]);
    expect(proseFindings(written(emptyReport({ year: 2025 })))).toEqual([]);
    // The check can fail: the sentence with a number changed in the table afterwards.
    const changed = setAt(written(huaian2024()), 'applications.received.natural', 3002);
    expect(proseFindings(changed).map((f) => f.message)).toEqual([
      '一、总体情况「（二）依申请公开情况」写的是“新收政府信息公开申请3119件”，但表三「一、本年新收政府信息公开申请数量 总计」为 3120。请让文字与表格一致。',
    ]);
  });

  it('for a quiet report: no application and no case, said in words', () => {
    const quiet = emptyReport({ agency: '某某县档案馆', year: 2025 });
    expect(requestsProse(quiet)).toBe('2025年，本机关未收到政府信息公开申请，也没有上年结转的申请。未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。');
    expect(requestsProse(setAt(quiet, 'meta.year', null))).toMatch(/^本年度，本机关未收到/);
  });

  it('says a 0 in words, never 「0件，占0%」', () => {
    let report = setAt(busyReport(), 'review.litigationDirect', { upheld: 0, corrected: 0, other: 0, pending: 0 });
    report = setAt(report, 'review.reconsideration', { upheld: 0, corrected: 0, other: 0, pending: 0 });
    report = setAt(report, 'applications.carriedOver', { natural: 0, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0 });
    report = setAt(report, 'applications.otherDisposal.noCorrection.natural', 0);
    report = setAt(report, 'applications.carriedForward.natural', 0);
    const text = requestsProse(report);
    expect(text).toBe(
      '2025年，本机关新收政府信息公开申请54件，没有上年结转的申请，办结51件，结转下年度3件；其中予以公开22件，占43.2%，部分公开7件，占13.7%，' +
        '不予公开12件，占23.5%，无法提供7件，占13.7%，不予处理3件，占5.9%；未发生其他处理的情形。' +
        '未发生因政府信息公开工作被申请行政复议的情况；因政府信息公开工作被提起行政诉讼1件（均为复议后起诉），其中结果纠正1件。',
    );
    expect(text).not.toMatch(/0件|占0/);
  });

  it('adds the change against last year when last year’s figures are known', () => {
    const withLast = (n: number) => setAt(huaian2024(), 'lastYear', { year: 2023, carriedForward: huaian2024().applications.carriedOver, regulationsInForce: 1, normativeDocumentsInForce: 1, keyFigures: { ...keyFigures(huaian2024()), 'applications.received.total': n } });
    const change = (n: number) => requestsProse(withLast(n)).split('。')[1];
    expect(change(2777)).toBe('新收申请数量较上年增长12.3%');
    expect(change(3300)).toBe('新收申请数量较上年下降5.5%');
    expect(change(3119)).toBe('新收申请数量与上年持平');
    expect(change(0)).toBe('上年未收到政府信息公开申请');
    expect(proseFindings(written(withLast(2777)))).toEqual([]);
  });
});

describe('inserting the sentences again', () => {
  it('replaces only what was inserted when it is still there', () => {
    const first = insertGenerated('上年的文字。', undefined, '生成一。');
    expect(first).toEqual({ text: '生成一。\n上年的文字。', how: 'inserted' });
    const edited = `我局高度重视依申请公开工作。${first.text}`;
    expect(insertGenerated(edited, '生成一。', '生成二。')).toEqual({ text: '我局高度重视依申请公开工作。生成二。\n上年的文字。', how: 'replaced' });
  });

  it('inserts at the start when the inserted text was edited, and into an empty field as it is', () => {
    expect(insertGenerated('生成一，改过。', '生成一。', '生成二。')).toEqual({ text: '生成二。\n生成一，改过。', how: 'insertedAgain' });
    expect(insertGenerated('  ', undefined, '生成二。')).toEqual({ text: '生成二。', how: 'inserted' });
    expect(insertGenerated('a$&b', 'a$&b', 'x$&y').text).toBe('x$&y');
  });
});
