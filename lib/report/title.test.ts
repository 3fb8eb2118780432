import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty-report';
import { busyReport } from './testing/sample-reports';
import { reportTitle, summaryTitle, summaryTitleLines, titleLines } from './title';

describe('the title', () => {
  it('titles a report with placeholders until agency and year are known', () => {
    expect(reportTitle(emptyReport().meta)).toBe('××××年政府信息公开工作年度报告');
    expect(reportTitle(busyReport().meta)).toBe('某某市自然资源局2025年政府信息公开工作年度报告');
    expect(titleLines(busyReport().meta)).toEqual(['某某市自然资源局', '2025年政府信息公开工作年度报告']);
  });

  it('titles a sum in two lines broken after 年度', () => {
    const meta = { ...busyReport().meta, agency: ' 某某县 ', year: 2024 };
    expect(summaryTitleLines(meta)).toEqual(['某某县2024年度', '政府信息公开工作年度报告数据汇总']);
    expect(summaryTitle(meta)).toBe('某某县2024年度政府信息公开工作年度报告数据汇总');
    expect(summaryTitle({ ...meta, agency: '', year: null })).toBe('××××年度政府信息公开工作年度报告数据汇总');
  });
});
