import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty-report';
import { inputFindings } from './input-findings';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';

const today = new Date(2025, 10, 1);

describe('findings of a draft being typed', () => {
  it('reports text that is not a number as CELL-INVALID, not also as a blank cell, and leaves its column unchecked until it is a number', () => {
    const report = setAt(busyReport(), 'applications.granted.business', null);
    const findings = inputFindings(report, { 'applications.granted.business': '/' }, today);
    expect(findings.map((f) => [f.id, f.path, f.message])).toEqual([
      ['CELL-INVALID', 'applications.granted.business', '表三「（一）予以公开 商业企业」填的是「/」：不是数字，没有就填 0。'],
    ]);
  });

  it('reads a typed year and a typed 万元 amount with their own rules', () => {
    const report = setAt(setAt(busyReport(), 'meta.year', null), 'proactive.feesWanYuan', null);
    const findings = inputFindings(report, { 'meta.year': '25', 'proactive.feesWanYuan': '1.23456' }, today);
    expect(findings.filter((f) => f.id === 'CELL-INVALID').map((f) => f.message)).toEqual([
      '基本信息「报告年度」填的是「25」：报告年度应为四位数的年份，如 2025。',
      '表二「行政事业性收费 本年收费金额（单位：万元）」填的是「1.23456」：金额最多保留 4 位小数（0.0001 万元即 1 元）。',
    ]);
  });

  it('ignores typed fee fields while 未收取 is chosen, and reads them in 元 when 收取 is', () => {
    const typed = { 'other.fees.cases': 'abc', 'other.fees.amountYuan': '1.234' };
    expect(inputFindings(busyReport(), typed, today)).toEqual([]);
    const charging = setAt(setAt(setAt(busyReport(), 'other.fees.charged', true), 'other.fees.cases', null), 'other.fees.amountYuan', null);
    expect(inputFindings(charging, typed, today).filter((f) => f.id === 'CELL-INVALID').map((f) => f.message)).toEqual([
      '六、其他需要报告的事项「收费件数」填的是「abc」：「abc」不是数字，请只填写阿拉伯数字，如 12。',
      '六、其他需要报告的事项「收费金额（元）」填的是「1.234」：金额最多保留 2 位小数。',
    ]);
  });

  it('is the checks alone when nothing odd was typed', () => {
    expect(inputFindings(emptyReport({ year: 2025 }), {}, today).map((f) => f.id)).toEqual([
      'META-REQUIRED',
      'SECTION-EMPTY',
      'CELL-BLANK',
      'CELL-BLANK',
      'CELL-BLANK',
      'SECTION-EMPTY',
      'SECTION-EMPTY',
      'SECTION-EMPTY',
      'PART-EMPTY',
      'PART-EMPTY',
    ]);
  });
});
