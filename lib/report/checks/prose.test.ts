import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty-report';
import { setAt } from '../paths';
import { proseClaims, proseContradictions, readNumber } from './prose';
import { busyReport } from '../testing/sample-reports';
import type { DraftReport } from '../file/schema';
import { computeTotals } from '../totals';

/** `base` (busyReport by default) with the given values written in. */
function variant(changes: readonly [string, unknown][], base: DraftReport = busyReport()): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), base);
}

const contradictions = (report: DraftReport) => proseContradictions(report, computeTotals(report));
const REQUESTS = '一、总体情况「（二）依申请公开情况」';
const OVERSIGHT = '一、总体情况「（五）监督保障情况」';
const AGREE = '请让文字与表格一致。';

describe('readNumber', () => {
  it('reads Arabic digits', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber('0')).toBe(0);
  });

  it('reads Chinese numerals', () => {
    expect(readNumber('十二')).toBe(12);
    expect(readNumber('十')).toBe(10);
    expect(readNumber('二十')).toBe(20);
    expect(readNumber('两')).toBe(2);
    expect(readNumber('一百零五')).toBe(105);
    expect(readNumber('三万五千')).toBe(35000);
    expect(readNumber('零')).toBe(0);
  });

  it('returns null for what is not a number', () => {
    expect(readNumber('abc')).toBeNull();
    expect(readNumber('十余')).toBeNull();
  });
});

describe('proseClaims', () => {
  it('reads 收到、上年结转 and 结转下年度 from the usual 依申请公开 sentence', () => {
    expect(proseClaims('本年度共收到政府信息公开申请54件，上年结转5件，均在法定期限内答复，结转下年度继续办理7件。')).toEqual([
      { kind: 'received', value: 54, quote: '收到政府信息公开申请54件' },
      { kind: 'carriedOver', value: 5, quote: '上年结转5件' },
      { kind: 'carriedForward', value: 7, quote: '结转下年度继续办理7件' },
    ]);
  });

  it('reads 新收 and numbers written in Chinese numerals', () => {
    expect(proseClaims('本年度新收政府信息公开申请十二件。')).toEqual([{ kind: 'received', value: 12, quote: '新收政府信息公开申请十二件' }]);
    expect(proseClaims('本年度新收政府信息公开申请一百零五件。')).toEqual([{ kind: 'received', value: 105, quote: '新收政府信息公开申请一百零五件' }]);
  });

  it('reads full-width digits', () => {
    expect(proseClaims('本年度共收到政府信息公开申请５４件。')).toEqual([{ kind: 'received', value: 54, quote: '收到政府信息公开申请54件' }]);
  });

  it('reads 「未收到…申请」 as 0 applications received', () => {
    expect(proseClaims('本年度未收到政府信息公开申请。')).toEqual([{ kind: 'received', value: 0, quote: '未收到政府信息公开申请' }]);
  });

  it('tells 上年结转 from 结转下年度', () => {
    expect(proseClaims('上年结转政府信息公开申请5件。')).toEqual([{ kind: 'carriedOver', value: 5, quote: '上年结转政府信息公开申请5件' }]);
    expect(proseClaims('上一年度结转的3件申请已全部办结。')).toEqual([{ kind: 'carriedOver', value: 3, quote: '上一年度结转的3件' }]);
    expect(proseClaims('结转下年度继续办理7件。')).toEqual([{ kind: 'carriedForward', value: 7, quote: '结转下年度继续办理7件' }]);
  });

  it('reads the numbers of 行政复议 and 行政诉讼', () => {
    expect(proseClaims('因政府信息公开工作被申请行政复议4件，被提起行政诉讼3起。')).toEqual([
      { kind: 'reconsideration', value: 4, quote: '行政复议4件' },
      { kind: 'litigation', value: 3, quote: '行政诉讼3起' },
    ]);
    expect(proseClaims('发生行政复议和行政诉讼案件各1件。')).toEqual([
      { kind: 'reconsideration', value: 1, quote: '行政复议和行政诉讼案件各1件' },
      { kind: 'litigation', value: 1, quote: '行政诉讼案件各1件' },
    ]);
  });

  it('reads 「未发生…行政复议、行政诉讼」 as 0 of each', () => {
    expect(proseClaims('全年未发生因政府信息公开工作引起的行政复议、行政诉讼案件。')).toEqual([
      { kind: 'reconsideration', value: 0, quote: '未发生因政府信息公开工作引起的行政复议' },
      { kind: 'litigation', value: 0, quote: '未发生因政府信息公开工作引起的行政复议、行政诉讼' },
    ]);
  });

  it('takes a count of one outcome for no statement about all cases', () => {
    expect(proseClaims('行政复议决定维持2件。')).toEqual([]);
    expect(proseClaims('行政诉讼结果纠正1件。')).toEqual([]);
    expect(proseClaims('被申请行政复议4件，其中维持2件。')).toEqual([{ kind: 'reconsideration', value: 4, quote: '行政复议4件' }]);
  });

  it('does not take a 行政复议申请 for an information-disclosure application', () => {
    expect(proseClaims('收到行政复议申请2件。').filter((c) => c.kind === 'received')).toEqual([]);
    expect(proseClaims('未收到行政复议申请。').filter((c) => c.kind === 'received')).toEqual([]);
  });

  it('finds no claim in sentences about other numbers', () => {
    expect(proseClaims('全年主动公开政府信息1268条，制发规章1件，制发行政规范性文件8件，废止3件。')).toEqual([]);
    expect(proseClaims('办理人大代表建议12件、政协提案9件，办理结果全部公开。')).toEqual([]);
    expect(proseClaims('将政务公开纳入年度绩效考核。')).toEqual([]);
    expect(proseClaims('')).toEqual([]);
  });
});

describe('X-PROSE', () => {
  it('finds the prose of a consistent report in line with the tables', () => {
    expect(contradictions(busyReport())).toEqual([]);
  });

  it('flags 「收到…申请N件」 that differs from 一、本年新收 总计', () => {
    expect(contradictions(variant([['overview.requests', '本年度共收到政府信息公开申请50件，均在法定期限内答复。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.requests',
        message: `${REQUESTS}写的是“收到政府信息公开申请50件”，但表三「一、本年新收政府信息公开申请数量 总计」为 54。${AGREE}`,
      },
    ]);
  });

  it('compares a number written in Chinese numerals', () => {
    expect(contradictions(variant([['overview.requests', '本年度共收到政府信息公开申请五十四件。']]))).toEqual([]);
    expect(contradictions(variant([['overview.requests', '本年度共收到政府信息公开申请十二件。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.requests',
        message: `${REQUESTS}写的是“收到政府信息公开申请十二件”，但表三「一、本年新收政府信息公开申请数量 总计」为 54。${AGREE}`,
      },
    ]);
  });

  it('flags 「未收到…申请」 while 一、本年新收 is above 0', () => {
    expect(contradictions(variant([['overview.requests', '本年度未收到政府信息公开申请。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.requests',
        message: `${REQUESTS}写的是“未收到政府信息公开申请”，但表三「一、本年新收政府信息公开申请数量 总计」为 54。${AGREE}`,
      },
    ]);
  });

  it('accepts 「未收到…申请」 when 一、本年新收 is 0', () => {
    const report = variant(
      [
        ['applications.received.natural', 0],
        ['overview.requests', '本年度未收到政府信息公开申请。'],
      ],
      emptyReport(),
    );
    expect(contradictions(report)).toEqual([]);
  });

  it('flags 「上年结转N件」 that differs from 二、上年结转 总计', () => {
    expect(contradictions(variant([['overview.requests', '本年度共收到政府信息公开申请54件，上年结转3件。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.requests',
        message: `${REQUESTS}写的是“上年结转3件”，但表三「二、上年结转政府信息公开申请数量 总计」为 5。${AGREE}`,
      },
    ]);
  });

  it('flags 「结转下年度N件」 that differs from 四、结转下年度继续办理 总计', () => {
    expect(contradictions(variant([['overview.requests', '结转下年度继续办理6件。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.requests',
        message: `${REQUESTS}写的是“结转下年度继续办理6件”，但表三「四、结转下年度继续办理 总计」为 7。${AGREE}`,
      },
    ]);
  });

  it('accepts 「行政复议N件」 equal to the 行政复议 总计 of table 四', () => {
    expect(contradictions(variant([['overview.oversight', '因政府信息公开工作被申请行政复议4件。']]))).toEqual([]);
  });

  it('flags 「行政诉讼N件」 that differs from the two 行政诉讼 总计 of table 四 together', () => {
    expect(contradictions(variant([['overview.oversight', '因政府信息公开工作被申请行政复议4件，被提起行政诉讼5件。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.oversight',
        message: `${OVERSIGHT}写的是“行政诉讼5件”，但表四「行政诉讼 未经复议直接起诉」与「行政诉讼 复议后起诉」的总计之和为 3。${AGREE}`,
      },
    ]);
  });

  it('flags a sentence denying 行政复议 and 行政诉讼 while table 四 has cases', () => {
    const findings = contradictions(variant([['overview.oversight', '全年未发生因政府信息公开工作引起的行政复议、行政诉讼案件。']]));
    expect(findings.map((f) => [f.id, f.severity, f.path])).toEqual([
      ['X-PROSE', 'warning', 'overview.oversight'],
      ['X-PROSE', 'warning', 'overview.oversight'],
    ]);
    expect(findings[1]).toEqual({
      id: 'X-PROSE',
      severity: 'warning',
      path: 'overview.oversight',
      message: `${OVERSIGHT}写的是“未发生因政府信息公开工作引起的行政复议、行政诉讼”，但表四「行政诉讼 未经复议直接起诉」与「行政诉讼 复议后起诉」的总计之和为 3。${AGREE}`,
    });
  });

  it('does not flag a count of one outcome or a 行政复议申请', () => {
    expect(contradictions(variant([['overview.oversight', '被申请行政复议4件，行政复议决定维持2件，被提起行政诉讼3件。']]))).toEqual([]);
    expect(contradictions(variant([['overview.requests', '本年度共收到政府信息公开申请54件。收到行政复议申请4件。']]))).toEqual([]);
  });

  it('reads 五 and the parts of 六 as well', () => {
    expect(contradictions(variant([['other.others', '本年度收到政府信息公开申请60件。']]))).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'other.others',
        message: `六、其他需要报告的事项「（五）其他」写的是“收到政府信息公开申请60件”，但表三「一、本年新收政府信息公开申请数量 总计」为 54。${AGREE}`,
      },
    ]);
    expect(contradictions(variant([['problems.problems', '结转下年度继续办理的申请有9件，办理进度偏慢。']])).map((f) => f.path)).toEqual(['problems.problems']);
  });

  it('reports the same wrong number once per field', () => {
    const report = variant([['overview.requests', '本年度收到政府信息公开申请50件。全年收到政府信息公开申请50件，均已按时答复。']]);
    expect(contradictions(report).map((f) => f.message)).toEqual([
      `${REQUESTS}写的是“收到政府信息公开申请50件”，但表三「一、本年新收政府信息公开申请数量 总计」为 54。${AGREE}`,
    ]);
  });

  it('compares nothing while the table cells are still blank', () => {
    const report = variant(
      [
        ['overview.requests', '本年度共收到政府信息公开申请5件，结转下年度继续办理1件。'],
        ['overview.oversight', '被申请行政复议1件，被提起行政诉讼1件。'],
      ],
      emptyReport(),
    );
    expect(contradictions(report)).toEqual([]);
  });
});

describe('X-PROSE on ordinary report prose that must not be flagged', () => {
  const busy = busyReport();
  const totals = computeTotals(busy);
  const flagged = (text: string) => proseContradictions(setAt(busy, 'overview.requests', text), totals);

  it('does not read a breakdown or a comparison as the number received', () => {
    expect(flagged('本年度收到的申请中，自然人申请40件，法人或其他组织申请14件。')).toEqual([]);
    expect(flagged('收到的政府信息公开申请数量较上年增加12件。')).toEqual([]);
    expect(flagged('本年度收到政府信息公开申请54件，其中通过网络收到申请30件。')).toEqual([]);
  });

  it('does not read a remedy notice or 「无一例被纠错」 as a statement that there were no cases', () => {
    expect(flagged('全年依申请公开答复无一例被行政复议或行政诉讼纠错。')).toEqual([]);
    expect(flagged('对未予公开的，申请人可依法申请行政复议或者提起行政诉讼。')).toEqual([]);
  });

  it('reads a year before 结转 as last year carried over', () => {
    expect(proseClaims('2024年结转的申请5件已全部办结。')).toEqual([{ kind: 'carriedOver', value: 5, quote: '2024年结转的申请5件' }]);
    expect(flagged('2024年结转的申请5件已全部办结。')).toEqual([]);
    expect(proseClaims('结转上年度申请5件。')).toEqual([{ kind: 'carriedOver', value: 5, quote: '结转上年度申请5件' }]);
  });

  it('does not take a combined count of 行政复议 and 行政诉讼 for a count of each', () => {
    expect(proseClaims('被申请行政复议和提起行政诉讼共7件。')).toEqual([]);
  });

  it('names table 四 for a wrong number of 行政复议', () => {
    expect(proseContradictions(setAt(busy, 'overview.oversight', '因政府信息公开工作被申请行政复议5件。'), totals)).toEqual([
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.oversight',
        message: '一、总体情况「（五）监督保障情况」写的是“行政复议5件”，但表四「行政复议 总计」为 4。请让文字与表格一致。',
      },
    ]);
  });
});
