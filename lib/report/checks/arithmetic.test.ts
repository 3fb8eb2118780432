import { describe, expect, it } from 'vitest';
import { columnBalance, printedTotals, tableThreeBalance } from './arithmetic';
import { emptyReport } from '../empty-report';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';
import type { DraftReport } from '../file/schema';
import { computeTotals, withTotals } from '../totals';

/** `base` (busyReport by default) with the given values written in. */
function variant(changes: readonly [string, unknown][], base: DraftReport = busyReport()): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), base);
}

const balance = (report: DraftReport) => tableThreeBalance(report, computeTotals(report));
const printed = (report: DraftReport) => printedTotals(report, computeTotals(report));

const ASK = '请核对办理结果或结转数。';

const TOTAL_TOO = (left: number, right: number) => `总计列也因此不平衡（一+二 = ${left}，（七）+四 = ${right}），改正后随之平衡，不另计错误。`;

describe('T3-BALANCE', () => {
  it('finds every column of a consistent table 三 balanced', () => {
    expect(balance(busyReport())).toEqual([]);
  });

  it('flags a column where received + carried over ≠ results + carried forward, and says the 总计 column is off with it, in one finding', () => {
    expect(balance(variant([['applications.received.natural', 41]]))).toEqual([
      {
        id: 'T3-BALANCE',
        severity: 'error',
        path: 'applications.carriedForward.natural',
        message:
          '表三·自然人列：一、本年新收(41) + 二、上年结转(3) = 44，但（七）总计(39) + 四、结转下年度(4) = 43，相差 1，办理结果与结转比收到的少 1 件。' +
          `${ASK}如差额是尚未办结、转入下年度的申请，可将四、结转下年度改为 5（一 + 二 − （七））。${TOTAL_TOO(60, 59)}`,
        fix: { kind: 'set', path: 'applications.carriedForward.natural', value: 5, label: '将四、结转下年度·自然人改为 5' },
      },
    ]);
  });

  it('says when results and carried forward exceed what was received, and offers no negative carry-forward', () => {
    expect(balance(variant([['applications.received.natural', 30]]))).toEqual([
      {
        id: 'T3-BALANCE',
        severity: 'error',
        path: 'applications.carriedForward.natural',
        message: `表三·自然人列：一、本年新收(30) + 二、上年结转(3) = 33，但（七）总计(39) + 四、结转下年度(4) = 43，相差 10，办理结果与结转比收到的多 10 件。${ASK}${TOTAL_TOO(49, 59)}`,
      },
    ]);
  });

  it('offers to set 四 to 0 when that is what balances the column', () => {
    expect(balance(variant([['applications.received.other', 0]]))).toEqual([
      {
        id: 'T3-BALANCE',
        severity: 'error',
        path: 'applications.carriedForward.other',
        message:
          '表三·其他列：一、本年新收(0) + 二、上年结转(0) = 0，但（七）总计(0) + 四、结转下年度(1) = 1，相差 1，办理结果与结转比收到的多 1 件。' +
          `${ASK}如差额是尚未办结、转入下年度的申请，可将四、结转下年度改为 0（一 + 二 − （七））。${TOTAL_TOO(58, 59)}`,
        fix: { kind: 'set', path: 'applications.carriedForward.other', value: 0, label: '将四、结转下年度·其他改为 0' },
      },
    ]);
  });

  it('flags a wrong result row in the column it belongs to', () => {
    const findings = balance(variant([['applications.denied.thirdParty.business', 3]]));
    expect(findings.map((f) => f.path)).toEqual(['applications.carriedForward.business']);
    expect(findings[0]?.message).toBe(
      `表三·商业企业列：一、本年新收(6) + 二、上年结转(1) = 7，但（七）总计(8) + 四、结转下年度(1) = 9，相差 2，办理结果与结转比收到的多 2 件。${ASK}${TOTAL_TOO(59, 61)}`,
    );
    expect(findings[0]?.fix).toBeUndefined();
  });

  it('says nothing of the 总计 column when two columns are off by amounts that cancel', () => {
    const findings = balance(variant([['applications.received.natural', 41], ['applications.received.business', 5]]));
    expect(findings.map((f) => f.path)).toEqual(['applications.carriedForward.natural', 'applications.carriedForward.business']);
    expect(findings.map((f) => f.message.includes('总计列也因此不平衡'))).toEqual([false, false]);
  });

  it('does not check a column that still has a blank cell: it is 尚未填完, not unbalanced, and no fix is offered', () => {
    expect(balance(variant([['applications.received.natural', null]]))).toEqual([]);
    expect(balance(variant([['applications.denied.inquiry.natural', null], ['applications.received.natural', 99]]))).toEqual([]);
    const totals = (report: DraftReport) => computeTotals(report);
    const report = variant([['applications.granted.legal', null]]);
    expect(columnBalance(report, totals(report), 'legal').blanks).toBe(1);
    expect(columnBalance(report, totals(report), 'total').blanks).toBe(1);
    expect(columnBalance(report, totals(report), 'natural').blanks).toBe(0);
  });

  it('finds a blank draft not yet checkable rather than unbalanced, every column 24 cells short', () => {
    const blank = emptyReport();
    expect(balance(blank)).toEqual([]);
    expect(columnBalance(blank, computeTotals(blank), 'natural').blanks).toBe(24);
    expect(columnBalance(blank, computeTotals(blank), 'total').blanks).toBe(144);
  });

  it('leaves a report carried over from last year (only 二 filled) without a balance error or a fix that writes last year forward', () => {
    const carried = variant(
      [
        ['applications.carriedOver.natural', 3],
        ['applications.carriedOver.business', 1],
      ],
      emptyReport({ agency: '某某县司法局', year: 2025 }),
    );
    expect(balance(carried)).toEqual([]);
  });

  it('recomputes the 总计 column and ignores a printed one', () => {
    const report = variant([['applications.carriedForward.total', 70]], withTotals(busyReport()));
    expect(balance(report)).toEqual([]);
  });
});

describe('T3-ROWTOTAL, T3-RESULTS and T4-TOTAL on printed totals', () => {
  it('finds nothing when no totals are printed', () => {
    expect(printed(busyReport())).toEqual([]);
  });

  it('finds nothing when the printed totals are right', () => {
    expect(printed(withTotals(busyReport()))).toEqual([]);
  });

  it('flags a printed row total that is not the sum of the six applicant columns', () => {
    expect(printed(variant([['applications.received.total', 55]], withTotals(busyReport())))).toEqual([
      {
        id: 'T3-ROWTOTAL',
        severity: 'error',
        path: 'applications.received.total',
        message: '表三「一、本年新收政府信息公开申请数量」：总计填的是 55，但自然人至其他6列之和为 54，相差 1。请核对该行各列或总计。',
      },
    ]);
  });

  it('names the group and item of a result row whose printed total is short', () => {
    expect(printed(variant([['applications.denied.thirdParty.total', 1]], withTotals(busyReport())))).toEqual([
      {
        id: 'T3-ROWTOTAL',
        severity: 'error',
        path: 'applications.denied.thirdParty.total',
        message: '表三「（三）不予公开 4.保护第三方合法权益」：总计填的是 1，但自然人至其他6列之和为 3，相差 2。请核对该行各列或总计。',
      },
    ]);
  });

  it('flags a printed （七）总计 that is not the sum of the 21 result rows', () => {
    expect(printed(variant([['applications.resultsTotal.natural', 40]], withTotals(busyReport())))).toEqual([
      {
        id: 'T3-RESULTS',
        severity: 'error',
        path: 'applications.resultsTotal.natural',
        message: '表三·自然人列：（七）总计填的是 40，但（一）至（六）各项办理结果之和为 39，相差 1。请核对各项办理结果或总计。',
      },
    ]);
    expect(printed(variant([['applications.resultsTotal.total', 50]], withTotals(busyReport())))).toEqual([
      {
        id: 'T3-RESULTS',
        severity: 'error',
        path: 'applications.resultsTotal.total',
        message: '表三·总计列：（七）总计填的是 50，但（一）至（六）各项办理结果之和为 52，相差 2。请核对各项办理结果或总计。',
      },
    ]);
  });

  it('flags a printed 表四 总计 that is not 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
    const report = variant(
      [
        ['review.reconsideration.total', 5],
        ['review.litigationDirect.total', 2],
        ['review.litigationAfterReview.total', 0],
      ],
      withTotals(busyReport()),
    );
    expect(printed(report)).toEqual([
      {
        id: 'T4-TOTAL',
        severity: 'error',
        path: 'review.reconsideration.total',
        message: '表四「行政复议」：总计填的是 5，但结果维持、结果纠正、其他结果、尚未审结之和为 4，相差 1。请核对。',
      },
      {
        id: 'T4-TOTAL',
        severity: 'error',
        path: 'review.litigationAfterReview.total',
        message: '表四「行政诉讼 复议后起诉」：总计填的是 0，但结果维持、结果纠正、其他结果、尚未审结之和为 1，相差 1。请核对。',
      },
    ]);
  });

  it('reports each wrong printed total in table order', () => {
    const report = variant(
      [
        ['review.litigationDirect.total', 3],
        ['applications.resultsTotal.natural', 40],
        ['applications.received.total', 55],
      ],
      withTotals(busyReport()),
    );
    expect(printed(report).map((f) => [f.id, f.path])).toEqual([
      ['T3-ROWTOTAL', 'applications.received.total'],
      ['T3-RESULTS', 'applications.resultsTotal.natural'],
      ['T4-TOTAL', 'review.litigationDirect.total'],
    ]);
  });

  it('counts blank addends as 0 against a printed total', () => {
    expect(printed(variant([['applications.granted.total', 0]], emptyReport()))).toEqual([]);
    expect(printed(variant([['applications.granted.total', 3]], emptyReport()))).toEqual([
      {
        id: 'T3-ROWTOTAL',
        severity: 'error',
        path: 'applications.granted.total',
        message: '表三「（一）予以公开」：总计填的是 3，但自然人至其他6列之和为 0，相差 3。请核对该行各列或总计。',
      },
    ]);
    const partlyBlank = variant([['applications.granted.natural', 2], ['applications.granted.legal', 1], ['applications.granted.total', 3]], emptyReport());
    expect(printed(partlyBlank)).toEqual([]);
  });
});
