import { describe, expect, it } from 'vitest';
import { yearOverYearChanges } from './change';
import { runChecks } from './checks';
import { nextYearReport } from '../carry-over';
import { keyFigures } from '../key-figures';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';

/** This year's busy report, with last year's key figures as given. */
const withLastYear = (figures: Record<string, number>) => setAt(busyReport(), 'lastYear.keyFigures', { ...keyFigures(busyReport()), ...figures });

describe('X-CHANGE', () => {
  it('asks about a figure under a third of last year’s: 9 typed for 90', () => {
    expect(yearOverYearChanges(withLastYear({ 'proactive.punishment': 570 }))).toEqual([
      {
        id: 'X-CHANGE',
        severity: 'info',
        path: 'proactive.punishment',
        message: '表二「行政处罚 本年处理决定数量」本年为 57，上年（2024年）为 570，约为上年的 1/10。是否少填了一位或填错了行？确有变化的，不必修改。',
      },
    ]);
  });

  it('asks about a figure more than 3 times last year’s, a total of 表三 included', () => {
    expect(yearOverYearChanges(withLastYear({ 'applications.received.total': 17 })).map((f) => f.message)).toEqual([
      '表三「一、本年新收政府信息公开申请数量 总计」本年为 54，上年（2024年）为 17，约为上年的 3 倍。是否多填了一位或填错了行？确有变化的，不必修改。',
    ]);
  });

  it('stays quiet at exactly 3 times, and when both years are below 10', () => {
    expect(yearOverYearChanges(withLastYear({ 'applications.received.total': 18 }))).toEqual([]);
    // 4 → 1 and 1 → 9: small numbers move a lot.
    expect(yearOverYearChanges(withLastYear({ 'review.reconsideration.total': 1 }))).toEqual([]);
    expect(yearOverYearChanges(withLastYear({ 'review.reconsideration.total': 9.9 }))).toEqual([]);
  });

  it('asks about 0 against 10 or more, either way', () => {
    const messages = yearOverYearChanges(withLastYear({ 'proactive.coercion': 13, 'proactive.regulations.inForce': 0 })).map((f) => f.message);
    expect(messages).toEqual([
      '表二「规章 现行有效件数」本年为 12，上年（2024年）为 0，上年为 0。是否多填了一位或填错了行？确有变化的，不必修改。',
      '表二「行政强制 本年处理决定数量」本年为 4，上年（2024年）为 13，约为上年的 1/3。是否少填了一位或填错了行？确有变化的，不必修改。',
    ]);
    const zeroNow = setAt(withLastYear({ 'proactive.licensing': 40 }), 'proactive.licensing', 0);
    expect(yearOverYearChanges(zeroNow).map((f) => f.message)).toEqual([
      '表二「行政许可 本年处理决定数量」本年为 0，上年（2024年）为 40，本年为 0。是否少填了一位或填错了行？确有变化的，不必修改。',
    ]);
  });

  it('compares the fee in 万元 and skips what either year left blank', () => {
    expect(yearOverYearChanges(withLastYear({ 'proactive.feesWanYuan': 123.456 })).map((f) => f.path)).toEqual(['proactive.feesWanYuan']);
    expect(yearOverYearChanges(setAt(withLastYear({ 'proactive.licensing': 3000 }), 'proactive.licensing', null))).toEqual([]);
  });

  it('is an info in the checks, never an error, and nothing without last year’s figures', () => {
    const today = { today: new Date(2026, 0, 5) };
    const findings = runChecks(withLastYear({ 'proactive.punishment': 570 }), today).filter((f) => f.id === 'X-CHANGE');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(runChecks(busyReport(), today).filter((f) => f.id === 'X-CHANGE')).toEqual([]);
    expect(yearOverYearChanges(nextYearReport(busyReport()))).toEqual([]);
  });
});
