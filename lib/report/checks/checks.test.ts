import { describe, expect, it } from 'vitest';
import { runChecks } from './checks';
import { emptyReport } from '../empty-report';
import { hasErrors, sortFindings, type Finding } from './findings';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';
import type { DraftReport } from '../file/schema';
import { withTotals } from '../totals';

const ctx = { today: new Date(2025, 10, 1) };
const FILL = '没有发生的事项也要填 0，不能空着，可点「本表空白格填 0」。';

/** `base` (busyReport by default) with the given values written in. */
function variant(changes: readonly [string, unknown][], base: DraftReport = busyReport()): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), base);
}

describe('runChecks', () => {
  it('finds nothing in a complete, consistent report', () => {
    const findings = runChecks(busyReport(), ctx);
    expect(findings).toEqual([]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('reports a blank draft without crashing: missing meta, empty sections and one CELL-BLANK per table', () => {
    const findings = runChecks(emptyReport(), ctx);
    expect(findings).toEqual([
      { id: 'META-REQUIRED', severity: 'error', path: 'meta.agency', message: '基本信息：请填写机关名称（如“某某区司法局”）。' },
      { id: 'META-REQUIRED', severity: 'error', path: 'meta.year', message: '基本信息：请填写报告年度（如 2025）。' },
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'overview.intro',
        message:
          '一、总体情况还没有内容。请综述本机关贯彻落实《条例》的情况：（一）主动公开情况（二）依申请公开情况（三）政府信息管理情况（四）政府信息公开平台建设情况（五）监督保障情况。',
      },
      {
        id: 'CELL-BLANK',
        severity: 'error',
        path: 'proactive.regulations.issued',
        message: `表二有 10 个空白格：规章 本年制发件数、规章 本年废止件数、规章 现行有效件数、行政规范性文件 本年制发件数、行政规范性文件 本年废止件数 等。${FILL}`,
        fix: { kind: 'fillBlanks', table: 'table2', label: '本表空白格填 0' },
      },
      {
        id: 'CELL-BLANK',
        severity: 'error',
        path: 'applications.received.natural',
        message:
          '表三有 144 个空白格：一、本年新收政府信息公开申请数量 自然人、一、本年新收政府信息公开申请数量 商业企业、一、本年新收政府信息公开申请数量 科研机构、' +
          `一、本年新收政府信息公开申请数量 社会公益组织、一、本年新收政府信息公开申请数量 法律服务机构 等。${FILL}`,
        fix: { kind: 'fillBlanks', table: 'table3', label: '本表空白格填 0' },
      },
      {
        id: 'CELL-BLANK',
        severity: 'error',
        path: 'review.reconsideration.upheld',
        message: `表四有 12 个空白格：行政复议 结果维持、行政复议 结果纠正、行政复议 其他结果、行政复议 尚未审结、行政诉讼 未经复议直接起诉 结果维持 等。${FILL}`,
        fix: { kind: 'fillBlanks', table: 'table4', label: '本表空白格填 0' },
      },
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'problems.problems',
        message: '五、存在的主要问题及改进情况「存在的主要问题」还没有内容。请写明本年政府信息公开工作存在的主要问题。',
      },
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'problems.improvements',
        message: '五、存在的主要问题及改进情况「改进情况」还没有内容。请写明改进措施和上年问题的整改情况。',
      },
      { id: 'SECTION-EMPTY', severity: 'error', path: 'other.fees.charged', message: '六、其他需要报告的事项：请说明是否收取信息处理费——没有收取也要写明。' },
      {
        id: 'PART-EMPTY',
        severity: 'warning',
        path: 'other.workPoints',
        message:
          '六、其他需要报告的事项「（二）落实上级年度政务公开工作要点情况」还没有内容。评议时会对照上级年度政务公开工作要点逐项查看落实情况；请写明本年的情况，确实没有的请写“无”。',
      },
      {
        id: 'PART-EMPTY',
        severity: 'warning',
        path: 'other.proposals',
        message:
          '六、其他需要报告的事项「（三）人大代表建议和政协提案办理结果公开情况」还没有内容。评议时会查看人大代表建议和政协提案办理结果的公开情况；请写明本年的情况，确实没有的请写“无”。',
      },
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it('adds the warnings and hints that apply to a blank draft of a people’s government', () => {
    const draft = emptyReport({ agency: '某某县人民政府', year: 2025, agencyKind: 'government' });
    const findings = runChecks(draft, { today: new Date(2026, 2, 21) });
    expect(findings.map((f) => [f.id, f.severity, f.path])).toEqual([
      ['SECTION-EMPTY', 'error', 'overview.intro'],
      ['CELL-BLANK', 'error', 'proactive.regulations.issued'],
      ['CELL-BLANK', 'error', 'applications.received.natural'],
      ['CELL-BLANK', 'error', 'review.reconsideration.upheld'],
      ['SECTION-EMPTY', 'error', 'problems.problems'],
      ['SECTION-EMPTY', 'error', 'problems.improvements'],
      ['SECTION-EMPTY', 'error', 'other.fees.charged'],
      ['X-GOV', 'warning', 'overview.oversight'],
      ['PART-EMPTY', 'warning', 'other.workPoints'],
      ['PART-EMPTY', 'warning', 'other.proposals'],
      ['X-DEADLINE', 'info', 'meta.year'],
    ]);
    expect(findings[10]?.message).toBe('按《条例》第四十九条，2025年度报告应于2026年3月31日前公布，还剩 10 天。');
  });

  it('puts errors first, then warnings, then hints, each in document order', () => {
    const report = variant([
      ['meta.year', 2020],
      ['applications.received.natural', 41],
      ['problems.problems', ''],
    ]);
    expect(runChecks(report, ctx)).toEqual([
      {
        id: 'META-REQUIRED',
        severity: 'error',
        path: 'meta.year',
        message: '基本信息：报告年度 2020 早于 2021 年。本格式（国办公开办函〔2021〕30号）适用于 2021 年及以后的年度报告，请核对年度。',
      },
      {
        id: 'T3-BALANCE',
        severity: 'error',
        path: 'applications.carriedForward.natural',
        message:
          '表三·自然人列：一、本年新收(41) + 二、上年结转(3) = 44，但（七）总计(39) + 四、结转下年度(4) = 43，相差 1，办理结果与结转比收到的少 1 件。' +
          '请核对办理结果或结转数。如差额是尚未办结、转入下年度的申请，可将四、结转下年度改为 5（一 + 二 − （七））。' +
          '总计列也因此不平衡（一+二 = 60，（七）+四 = 59），改正后随之平衡，不另计错误。',
        fix: { kind: 'set', path: 'applications.carriedForward.natural', value: 5, label: '将四、结转下年度·自然人改为 5' },
      },
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'problems.problems',
        message: '五、存在的主要问题及改进情况「存在的主要问题」还没有内容。请写明本年政府信息公开工作存在的主要问题。',
      },
      {
        id: 'X-PROSE',
        severity: 'warning',
        path: 'overview.requests',
        message: '一、总体情况「（二）依申请公开情况」写的是“收到政府信息公开申请54件”，但表三「一、本年新收政府信息公开申请数量 总计」为 55。请让文字与表格一致。',
      },
      {
        id: 'X-DEADLINE',
        severity: 'info',
        path: 'meta.year',
        message: '按《条例》第四十九条，2020年度报告应于2021年1月31日前公布，这一期限已过。',
      },
    ]);
  });

  it('speaks of an imported report\'s wrong printed totals as printed, each once, and never contradicts them', () => {
    // Published with （七）总计 40 under 自然人 though its rows add up to 39, and 四 3 (总计 still 7).
    const report = variant([['applications.resultsTotal.natural', 40], ['applications.carriedForward.natural', 3]], withTotals(busyReport()));
    expect(runChecks(report, ctx).map((f) => [f.id, f.path, f.message])).toEqual([
      [
        'T3-RESULTS',
        'applications.resultsTotal.natural',
        '表三·自然人列：（七）总计填的是 40，但（一）至（六）各项办理结果之和为 39，相差 1。请核对各项办理结果或总计。',
      ],
      [
        'T3-ROWTOTAL',
        'applications.carriedForward.total',
        '表三「四、结转下年度继续办理」：总计填的是 7，但自然人至其他6列之和为 6，相差 1。请核对该行各列或总计。',
      ],
    ]);
    // A number in the prose is compared with the one on the page: 一 总计 printed as 55.
    const prose = runChecks(variant([['applications.received.total', 55]], withTotals(busyReport())), ctx).filter((f) => f.id === 'X-PROSE');
    expect(prose.map((f) => f.message)).toEqual([
      '一、总体情况「（二）依申请公开情况」写的是“收到政府信息公开申请54件”，但表三「一、本年新收政府信息公开申请数量 总计」为 55。请让文字与表格一致。',
    ]);
  });

  it('has no errors when only warnings stand', () => {
    const findings = runChecks(variant([['applications.carriedOver.natural', 2], ['applications.carriedForward.natural', 3]]), ctx);
    expect(findings.map((f) => [f.id, f.severity, f.path])).toEqual([
      ['X-PROSE', 'warning', 'overview.requests'],
      ['X-PROSE', 'warning', 'overview.requests'],
      ['X-CARRY', 'warning', 'applications.carriedOver.natural'],
    ]);
    expect(hasErrors(findings)).toBe(false);
  });
});

describe('sortFindings', () => {
  const finding = (id: Finding['id'], severity: Finding['severity'], path: string): Finding => ({ id, severity, path, message: id });

  it('sorts by severity, then document position, and keeps the given order for the same place', () => {
    const findings = [
      finding('X-DEADLINE', 'info', 'meta.year'),
      finding('X-COPY', 'warning', 'lastYear.texts.overview'),
      finding('X-PROSE', 'warning', 'other.others'),
      finding('X-GOV', 'warning', 'overview.oversight'),
      finding('SECTION-EMPTY', 'error', 'problems.problems'),
      finding('T3-BALANCE', 'error', 'applications.carriedForward.natural'),
      finding('CELL-INVALID', 'error', 'applications.carriedForward.natural'),
      finding('CELL-INVALID', 'error', 'proactive.feesWanYuan'),
      finding('META-REQUIRED', 'error', 'meta.agency'),
    ];
    expect(sortFindings(findings).map((f) => `${f.id} ${f.path}`)).toEqual([
      'META-REQUIRED meta.agency',
      'CELL-INVALID proactive.feesWanYuan',
      'T3-BALANCE applications.carriedForward.natural',
      'CELL-INVALID applications.carriedForward.natural',
      'SECTION-EMPTY problems.problems',
      'X-GOV overview.oversight',
      'X-PROSE other.others',
      'X-COPY lastYear.texts.overview',
      'X-DEADLINE meta.year',
    ]);
    expect(findings[0]?.id).toBe('X-DEADLINE');
  });
});
