import { describe, expect, it } from 'vitest';
import { carryOver, feeConsistency, governmentAccountability, inForce, publicationDeadline } from './cross';
import { emptyReport } from '../empty-report';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';
import type { DraftReport } from '../file/schema';
import { computeTotals } from '../totals';

/** `base` (busyReport by default) with the given values written in. */
function variant(changes: readonly [string, unknown][], base: DraftReport = busyReport()): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), base);
}

const fees = (report: DraftReport) => feeConsistency(report, computeTotals(report));

describe('X-CARRY', () => {
  it('accepts 二、上年结转 equal to last year’s 四、结转下年度继续办理 in every column', () => {
    expect(carryOver(busyReport())).toEqual([]);
  });

  it('flags a column whose carry-over differs from last year’s carry-forward and offers last year’s number', () => {
    expect(carryOver(variant([['applications.carriedOver.natural', 2]]))).toEqual([
      {
        id: 'X-CARRY',
        severity: 'warning',
        path: 'applications.carriedOver.natural',
        message: '表三·自然人列：二、上年结转填的是 2，但上年（2024年）报告的四、结转下年度继续办理为 3。两者应当一致，请核对。',
        fix: { kind: 'set', path: 'applications.carriedOver.natural', value: 3, label: '二、上年结转·自然人改为 3' },
      },
    ]);
  });

  it('compares each applicant column on its own', () => {
    const report = variant([
      ['lastYear.carriedForward.legal', 0],
      ['lastYear.carriedForward.other', 2],
    ]);
    expect(carryOver(report).map((f) => [f.path, f.message])).toEqual([
      ['applications.carriedOver.legal', '表三·法律服务机构列：二、上年结转填的是 1，但上年（2024年）报告的四、结转下年度继续办理为 0。两者应当一致，请核对。'],
      ['applications.carriedOver.other', '表三·其他列：二、上年结转填的是 0，但上年（2024年）报告的四、结转下年度继续办理为 2。两者应当一致，请核对。'],
    ]);
  });

  it('says nothing without last year’s report or while a cell is blank', () => {
    expect(carryOver(variant([['lastYear', undefined], ['applications.carriedOver.natural', 2]]))).toEqual([]);
    expect(carryOver(variant([['applications.carriedOver.natural', null]]))).toEqual([]);
    expect(carryOver(variant([['lastYear.carriedForward.natural', null]]))).toEqual([]);
  });
});

describe('X-INFORCE', () => {
  it('accepts 现行有效 = last year’s 现行有效 + 本年制发 − 本年废止', () => {
    expect(inForce(busyReport())).toEqual([]);
  });

  it('asks for an explanation when the documents in force do not add up', () => {
    expect(inForce(variant([['proactive.normativeDocuments.inForce', 44]]))).toEqual([
      {
        id: 'X-INFORCE',
        severity: 'warning',
        path: 'proactive.normativeDocuments.inForce',
        message:
          '表二「行政规范性文件」：上年现行有效件数 40 + 本年制发件数 8 − 本年废止件数 3 = 45，但现行有效件数填的是 44。' +
          '如因清理、修订或上级统一废止等原因不一致，请在一、总体情况中说明。',
      },
    ]);
  });

  it('checks 规章 against last year’s 规章', () => {
    expect(inForce(variant([['lastYear.regulationsInForce', 13]]))).toEqual([
      {
        id: 'X-INFORCE',
        severity: 'warning',
        path: 'proactive.regulations.inForce',
        message:
          '表二「规章」：上年现行有效件数 13 + 本年制发件数 1 − 本年废止件数 0 = 14，但现行有效件数填的是 12。' +
          '如因清理、修订或上级统一废止等原因不一致，请在一、总体情况中说明。',
      },
    ]);
  });

  it('says nothing without last year’s report or while a cell is blank', () => {
    expect(inForce(variant([['lastYear', undefined], ['proactive.normativeDocuments.inForce', 44]]))).toEqual([]);
    expect(inForce(variant([['proactive.normativeDocuments.inForce', 44], ['proactive.normativeDocuments.repealed', null]]))).toEqual([]);
  });
});

describe('X-FEE', () => {
  it('finds fees and table 三 consistent in a complete report', () => {
    expect(fees(busyReport())).toEqual([]);
  });

  it('flags section 六 saying no fee notice was issued while （六）2 counts unpaid fee notices', () => {
    const report = variant([
      ['applications.otherDisposal.unpaidFee.natural', 1],
      ['other.others', '本年度未向申请人发出收费通知，未收取信息处理费。'],
    ]);
    expect(fees(report)).toEqual([
      {
        id: 'X-FEE',
        severity: 'warning',
        path: 'other.others',
        message:
          '六、其他需要报告的事项「（五）其他」写的是“未向申请人发出收费通知”，' +
          '但表三「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 总计」为 1，说明本年发出过收费通知。请核对。',
      },
    ]);
  });

  it('does not mind a statement of no fee notice when （六）2 is 0', () => {
    expect(fees(variant([['other.others', '本年度未向申请人发出收费通知，未收取信息处理费。']]))).toEqual([]);
  });

  it('flags a fee charged although no application was handled', () => {
    const report = variant([['other.fees.charged', true], ['other.fees.cases', 1], ['other.fees.amountYuan', '100']], emptyReport({ agency: '某某县司法局', year: 2025 }));
    expect(fees(report)).toEqual([
      {
        id: 'X-FEE',
        severity: 'warning',
        path: 'other.fees.charged',
        message: '六、其他需要报告的事项：填写了收取信息处理费，但表三「（七）总计 总计」为 0，本年没有办理政府信息公开申请，不应产生信息处理费。请核对。',
      },
    ]);
  });

  it('takes an amount above 0 as a fee collected even when 「未收取」 is chosen', () => {
    const report = variant([['other.fees.charged', false], ['other.fees.amountYuan', '100']], emptyReport());
    expect(fees(report).map((f) => [f.id, f.path])).toEqual([['X-FEE', 'other.fees.charged']]);
    expect(fees(variant([['other.fees.charged', false], ['other.fees.amountYuan', '0']], emptyReport()))).toEqual([]);
  });

  it('accepts a fee charged in a year with handled applications', () => {
    expect(fees(variant([['other.fees.charged', true], ['other.fees.cases', 1], ['other.fees.amountYuan', '100']]))).toEqual([]);
  });
});

describe('X-GOV', () => {
  const accountable = '将政务公开纳入工作考核，开展社会评议，本年度未发生责任追究情况。';

  it('does not ask a department for 工作考核、社会评议和责任追究结果', () => {
    expect(governmentAccountability(busyReport())).toEqual([]);
  });

  it('flags a people’s government that mentions none of the three', () => {
    expect(governmentAccountability(variant([['meta.agencyKind', 'government']]))).toEqual([
      {
        id: 'X-GOV',
        severity: 'warning',
        path: 'overview.oversight',
        message: '本机关是人民政府，按《条例》第五十条应报告工作考核、社会评议和责任追究结果情况（可写在一、总体情况「（五）监督保障情况」），目前没有提到：工作考核、社会评议、责任追究。',
      },
    ]);
  });

  it('names only what a people’s government left out, here 社会评议', () => {
    const report = variant([
      ['meta.agencyKind', 'government'],
      ['overview.oversight', '将政务公开纳入年度工作考核，未发生责任追究情况。'],
    ]);
    expect(governmentAccountability(report)).toEqual([
      {
        id: 'X-GOV',
        severity: 'warning',
        path: 'overview.oversight',
        message: '本机关是人民政府，按《条例》第五十条应报告工作考核、社会评议和责任追究结果情况（可写在一、总体情况「（五）监督保障情况」），目前没有提到：社会评议。',
      },
    ]);
  });

  it('accepts a people’s government that reports all three in 一 or in 五', () => {
    expect(governmentAccountability(variant([['meta.agencyKind', 'government'], ['overview.oversight', accountable]]))).toEqual([]);
    expect(governmentAccountability(variant([['meta.agencyKind', 'government'], ['problems.improvements', accountable]]))).toEqual([]);
  });

  it('counts a mention in section 六 too', () => {
    expect(governmentAccountability(variant([['meta.agencyKind', 'government'], ['other.others', accountable]]))).toEqual([]);
  });
});

describe('X-DEADLINE', () => {
  const department = busyReport();
  const government = variant([['meta.agencyKind', 'government']]);
  const on = (year: number, month: number, day: number) => ({ today: new Date(year, month - 1, day) });
  const deadline = (message: string) => [{ id: 'X-DEADLINE', severity: 'info', path: 'meta.year', message }];

  it('says nothing while a department’s 1月31日 is far off', () => {
    expect(publicationDeadline(department, on(2025, 11, 1))).toEqual([]);
    expect(publicationDeadline(department, on(2025, 12, 16))).toEqual([]);
  });

  it('counts the days left when a department’s deadline is near', () => {
    expect(publicationDeadline(department, on(2025, 12, 17))).toEqual(deadline('按《条例》第四十九条，2025年度报告应于2026年1月31日前公布，还剩 45 天。'));
    expect(publicationDeadline(department, on(2026, 1, 10))).toEqual(deadline('按《条例》第四十九条，2025年度报告应于2026年1月31日前公布，还剩 21 天。'));
  });

  it('says when today is a department’s last day', () => {
    expect(publicationDeadline(department, on(2026, 1, 31))).toEqual(deadline('按《条例》第四十九条，2025年度报告应于2026年1月31日前公布，今天是最后一天。'));
  });

  it('says when a department’s deadline has passed', () => {
    expect(publicationDeadline(department, on(2026, 2, 1))).toEqual(deadline('按《条例》第四十九条，2025年度报告应于2026年1月31日前公布，这一期限已过。'));
  });

  it('gives a people’s government until 3月31日', () => {
    expect(publicationDeadline(government, on(2026, 1, 10))).toEqual([]);
    expect(publicationDeadline(government, on(2026, 3, 1))).toEqual(deadline('按《条例》第四十九条，2025年度报告应于2026年3月31日前公布，还剩 30 天。'));
    expect(publicationDeadline(government, on(2026, 4, 1))).toEqual(deadline('按《条例》第四十九条，2025年度报告应于2026年3月31日前公布，这一期限已过。'));
  });

  it('says nothing before the year is known', () => {
    expect(publicationDeadline(emptyReport(), on(2026, 2, 1))).toEqual([]);
  });
});

describe('X-FEE on the wording of row （六）2 itself', () => {
  it('does not take 「逾期未按收费通知要求缴纳费用」 for a statement that no notice was issued', () => {
    const report = setAt(
      setAt(busyReport(), 'applications.otherDisposal.unpaidFee.natural', 1),
      'other.others',
      '本年度向1名申请人发出收费通知，申请人逾期未按收费通知要求缴纳费用，不再处理其申请。',
    );
    expect(feeConsistency(report, computeTotals(report))).toEqual([]);
  });
});
