import { describe, expect, it } from 'vitest';
import { blankCells, invalidCells, metaFormats, metaRequired, sectionsEmpty } from './content';
import { emptyReport } from '../empty-report';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';
import type { DraftReport } from '../file/schema';

const ctx = { today: new Date(2025, 10, 1) };

/** busyReport with the given values written in. */
function variant(...changes: readonly [string, unknown][]): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), busyReport());
}

const FILL = '没有发生的事项也要填 0，不能空着，可点「本表空白格填 0」。';

describe('CELL-BLANK', () => {
  it('finds nothing blank in a complete report', () => {
    expect(blankCells(busyReport())).toEqual([]);
  });

  it('reports one finding per table with the count, the first five cells and the fill-with-0 fix', () => {
    expect(blankCells(emptyReport())).toEqual([
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
    ]);
  });

  it('lists every blank without 「等」 when there are five or fewer, and leaves tables without blanks alone', () => {
    const report = variant(['applications.denied.processInfo.research', null], ['applications.carriedForward.other', null]);
    expect(blankCells(report)).toEqual([
      {
        id: 'CELL-BLANK',
        severity: 'error',
        path: 'applications.denied.processInfo.research',
        message: `表三有 2 个空白格：（三）不予公开 6.属于四类过程性信息 科研机构、四、结转下年度继续办理 其他。${FILL}`,
        fix: { kind: 'fillBlanks', table: 'table3', label: '本表空白格填 0' },
      },
    ]);
  });

  it('counts a blank 万元 amount as a blank cell of table 二', () => {
    expect(blankCells(variant(['proactive.feesWanYuan', null]))).toEqual([
      {
        id: 'CELL-BLANK',
        severity: 'error',
        path: 'proactive.feesWanYuan',
        message: `表二有 1 个空白格：行政事业性收费 本年收费金额（单位：万元）。${FILL}`,
        fix: { kind: 'fillBlanks', table: 'table2', label: '本表空白格填 0' },
      },
    ]);
  });

  it('does not count a computed 总计 that is missing as a blank', () => {
    expect(blankCells(variant(['applications.received.total', null], ['review.reconsideration.total', null]))).toEqual([]);
  });
});

describe('CELL-INVALID', () => {
  it('accepts non-negative integer counts and amounts with at most four decimals', () => {
    expect(invalidCells(busyReport())).toEqual([]);
    expect(invalidCells(variant(['proactive.feesWanYuan', '0'], ['applications.granted.natural', 0]))).toEqual([]);
  });

  it('accepts an amount typed with full-width digits, thousands separators, spaces or a trailing 万元', () => {
    for (const typed of ['１２．５', '1,234.5', ' 12.5 ', '12.5万元']) {
      expect(invalidCells(variant(['proactive.feesWanYuan', typed]))).toEqual([]);
    }
  });

  it('refuses a negative count and says what was typed', () => {
    expect(invalidCells(variant(['applications.received.natural', -3]))).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'applications.received.natural',
        message: '表三「一、本年新收政府信息公开申请数量 自然人」填的是「-3」：不能是负数。',
      },
    ]);
  });

  it('refuses a count with decimals', () => {
    expect(invalidCells(variant(['review.litigationDirect.pending', 1.5]))).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'review.litigationDirect.pending',
        message: '表四「行政诉讼 未经复议直接起诉 尚未审结」填的是「1.5」：件数必须是整数，不能有小数。',
      },
    ]);
  });

  it('refuses a count over 10^9, where a typo past 2^53 would lose its digits and hide an imbalance', () => {
    expect(invalidCells(variant(['applications.received.natural', 1_000_000_001]))).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'applications.received.natural',
        message: '表三「一、本年新收政府信息公开申请数量 自然人」填的是「1000000001」：数字太大：件数不能超过 1000000000（10 亿），请核对。',
      },
    ]);
    expect(invalidCells(variant(['applications.received.natural', 1_000_000_000]))).toEqual([]);
  });

  it('refuses a count too large to be exact', () => {
    expect(invalidCells(variant(['proactive.licensing', 1e20]))).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'proactive.licensing',
        message: '表二「行政许可 本年处理决定数量」填的是「100000000000000000000」：数字太大：件数不能超过 1000000000（10 亿），请核对。',
      },
    ]);
  });

  it('refuses letters in the 万元 amount', () => {
    expect(invalidCells(variant(['proactive.feesWanYuan', 'abc']))).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'proactive.feesWanYuan',
        message: '表二「行政事业性收费 本年收费金额（单位：万元）」填的是「abc」：「abc」不是数字，请只填写阿拉伯数字，如 12。',
      },
    ]);
  });

  it('refuses a 万元 amount with more than four decimals', () => {
    expect(invalidCells(variant(['proactive.feesWanYuan', '1.23456']))).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'proactive.feesWanYuan',
        message: '表二「行政事业性收费 本年收费金额（单位：万元）」填的是「1.23456」：金额最多保留 4 位小数（0.0001 万元即 1 元）。',
      },
    ]);
  });

  it('refuses 「/」 and 「无」 as placeholders for 0', () => {
    expect(invalidCells(variant(['proactive.feesWanYuan', '/'])).map((f) => f.message)).toEqual([
      '表二「行政事业性收费 本年收费金额（单位：万元）」填的是「/」：不是数字，没有就填 0。',
    ]);
    expect(invalidCells(variant(['proactive.feesWanYuan', '无'])).map((f) => f.message)).toEqual([
      '表二「行政事业性收费 本年收费金额（单位：万元）」填的是「无」：不是数字，没有就填 0。',
    ]);
  });

  it('checks the 信息处理费 件数 and 元 amount of section 六, counts before amounts', () => {
    const report = variant(['other.fees.charged', true], ['other.fees.amountYuan', '12.345'], ['other.fees.cases', -1]);
    expect(invalidCells(report)).toEqual([
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'other.fees.cases',
        message: '六、其他需要报告的事项「收费件数」填的是「-1」：不能是负数。',
      },
      {
        id: 'CELL-INVALID',
        severity: 'error',
        path: 'other.fees.amountYuan',
        message: '六、其他需要报告的事项「收费金额（元）」填的是「12.345」：金额最多保留 2 位小数。',
      },
    ]);
  });

  it('leaves blank cells to CELL-BLANK', () => {
    expect(invalidCells(emptyReport())).toEqual([]);
  });
});

describe('META-REQUIRED', () => {
  it('accepts a named agency and a year from 2021 up to this year', () => {
    expect(metaRequired(busyReport(), ctx)).toEqual([]);
    expect(metaRequired(variant(['meta.year', 2021]), ctx)).toEqual([]);
  });

  it('asks for the agency name when it is empty or only spaces', () => {
    const finding = { id: 'META-REQUIRED', severity: 'error', path: 'meta.agency', message: '基本信息：请填写机关名称（如“某某区司法局”）。' };
    expect(metaRequired(variant(['meta.agency', '']), ctx)).toEqual([finding]);
    expect(metaRequired(variant(['meta.agency', ' 　']), ctx)).toEqual([finding]);
  });

  it('asks for the year when none is given', () => {
    expect(metaRequired(variant(['meta.year', null]), ctx)).toEqual([
      { id: 'META-REQUIRED', severity: 'error', path: 'meta.year', message: '基本信息：请填写报告年度（如 2025）。' },
    ]);
  });

  it('refuses a year before 2021, when the 30号 format did not yet apply', () => {
    expect(metaRequired(variant(['meta.year', 2020]), ctx)).toEqual([
      {
        id: 'META-REQUIRED',
        severity: 'error',
        path: 'meta.year',
        message: '基本信息：报告年度 2020 早于 2021 年。本格式（国办公开办函〔2021〕30号）适用于 2021 年及以后的年度报告，请核对年度。',
      },
    ]);
  });

  it('refuses a year after the current year', () => {
    expect(metaRequired(variant(['meta.year', 2026]), ctx)).toEqual([
      { id: 'META-REQUIRED', severity: 'error', path: 'meta.year', message: '基本信息：报告年度 2026 晚于今年（2025 年），请核对年度。' },
    ]);
    expect(metaRequired(variant(['meta.year', 2026]), { today: new Date(2026, 0, 2) })).toEqual([]);
  });

  it('reports a missing agency and a missing year together', () => {
    expect(metaRequired(emptyReport(), ctx).map((f) => f.path)).toEqual(['meta.agency', 'meta.year']);
  });
});

describe('SECTION-EMPTY', () => {
  it('finds every section of a complete report written', () => {
    expect(sectionsEmpty(busyReport())).toEqual([]);
  });

  it('flags 一、总体情况 when all its parts are empty or blank', () => {
    const report = variant(
      ['overview.intro', ''],
      ['overview.proactive', ''],
      ['overview.requests', '  '],
      ['overview.management', ''],
      ['overview.platforms', '\n'],
      ['overview.oversight', ''],
    );
    expect(sectionsEmpty(report)).toEqual([
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'overview.intro',
        message:
          '一、总体情况还没有内容。请综述本机关贯彻落实《条例》的情况：（一）主动公开情况（二）依申请公开情况（三）政府信息管理情况（四）政府信息公开平台建设情况（五）监督保障情况。',
      },
    ]);
  });

  it('accepts 一、总体情况 when any one of its parts has text', () => {
    const report = variant(['overview.intro', ''], ['overview.proactive', ''], ['overview.requests', ''], ['overview.management', ''], ['overview.platforms', '']);
    expect(sectionsEmpty(report)).toEqual([]);
  });

  it('flags 五 without the problems', () => {
    expect(sectionsEmpty(variant(['problems.problems', ' ']))).toEqual([
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'problems.problems',
        message: '五、存在的主要问题及改进情况「存在的主要问题」还没有内容。请写明本年政府信息公开工作存在的主要问题。',
      },
    ]);
  });

  it('flags 五 without the improvements', () => {
    expect(sectionsEmpty(variant(['problems.improvements', '']))).toEqual([
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'problems.improvements',
        message: '五、存在的主要问题及改进情况「改进情况」还没有内容。请写明改进措施和上年问题的整改情况。',
      },
    ]);
  });

  it('flags 六 when it does not say whether a 信息处理费 was charged', () => {
    expect(sectionsEmpty(variant(['other.fees.charged', null]))).toEqual([
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'other.fees.charged',
        message: '六、其他需要报告的事项：请说明是否收取信息处理费——没有收取也要写明。',
      },
    ]);
  });

  it('asks for the number of cases and the amount once a 信息处理费 was charged', () => {
    const report = variant(['other.fees.charged', true], ['other.fees.cases', null], ['other.fees.amountYuan', ' ']);
    expect(sectionsEmpty(report)).toEqual([
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'other.fees.cases',
        message: '六、其他需要报告的事项「收费件数」：已选择收取信息处理费，请填写收费件数。',
      },
      {
        id: 'SECTION-EMPTY',
        severity: 'error',
        path: 'other.fees.amountYuan',
        message: '六、其他需要报告的事项「收费金额（元）」：已选择收取信息处理费，请填写收费金额（元）。',
      },
    ]);
  });

  it('accepts 「未收取」 without cases or amount, and a charged fee with both', () => {
    expect(sectionsEmpty(variant(['other.fees.charged', false], ['other.fees.cases', null], ['other.fees.amountYuan', null]))).toEqual([]);
    expect(sectionsEmpty(variant(['other.fees.charged', true], ['other.fees.cases', 2], ['other.fees.amountYuan', '200']))).toEqual([]);
  });

  it('lists every empty section of a blank draft', () => {
    expect(sectionsEmpty(emptyReport()).map((f) => f.path)).toEqual(['overview.intro', 'problems.problems', 'problems.improvements', 'other.fees.charged']);
  });
});

describe('an amount with nothing in it', () => {
  it('counts an empty 万元 amount as a blank cell, not as a value', () => {
    for (const empty of ['', '   ']) {
      const findings = blankCells(setAt(busyReport(), 'proactive.feesWanYuan', empty));
      expect(findings.map((f) => [f.id, f.path, f.message])).toEqual([
        ['CELL-BLANK', 'proactive.feesWanYuan', '表二有 1 个空白格：行政事业性收费 本年收费金额（单位：万元）。没有发生的事项也要填 0，不能空着，可点「本表空白格填 0」。'],
      ]);
      expect(invalidCells(setAt(busyReport(), 'proactive.feesWanYuan', empty))).toEqual([]);
    }
  });
});

describe('META-FORMAT', () => {
  it('flags a website that is not an http(s) address, and a malformed postcode, with what was typed', () => {
    let report = setAt(busyReport(), 'meta.website.url', 'javascript:alert(1)');
    report = setAt(report, 'meta.contact.postcode', '7500');
    expect(metaFormats(report)).toEqual([
      {
        id: 'META-FORMAT',
        severity: 'error',
        path: 'meta.website.url',
        message: '基本信息「发布网站网址」填的是「javascript:alert(1)」：网址应如 www.example.gov.cn 或 https://www.example.gov.cn/（以 http://、https:// 或 www. 开头）。',
      },
      { id: 'META-FORMAT', severity: 'error', path: 'meta.contact.postcode', message: '基本信息「邮编」填的是「7500」：邮编应为 6 位数字，如 750001。' },
    ]);
  });

  it('flags a 成文日期 the calendar does not have', () => {
    expect(metaFormats(setAt(busyReport(), 'meta.issuedOn', '2025-13-45'))).toEqual([
      { id: 'META-FORMAT', severity: 'error', path: 'meta.issuedOn', message: '基本信息「成文日期」填的是「2025-13-45」：成文日期应为日历上真实的一天，如 2026-01-16。' },
    ]);
  });

  it('passes well-formed and empty fields', () => {
    expect(metaFormats(busyReport())).toEqual([]);
    expect(metaFormats(emptyReport())).toEqual([]);
  });
});
