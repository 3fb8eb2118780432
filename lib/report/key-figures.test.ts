import { describe, expect, it } from 'vitest';
import { nextYearReport } from './carry-over';
import { DraftReportSchema, ReportSchema } from './file/schema';
import { changeLabel, formatPercentChange, KEY_FIGURE_PATHS, keyFigures, yearOverYear } from './key-figures';
import { setAt } from './paths';
import { busyReport } from './testing/sample-reports';

describe('the key figures of a year', () => {
  it('are every number of 表二, the 总计 of each of the 25 rows of 表三, and every number of 表四', () => {
    expect(KEY_FIGURE_PATHS).toHaveLength(10 + 25 + 15);
    expect(KEY_FIGURE_PATHS.slice(0, 3)).toEqual(['proactive.regulations.issued', 'proactive.regulations.repealed', 'proactive.regulations.inForce']);
    expect(KEY_FIGURE_PATHS).toContain('proactive.feesWanYuan');
    expect(KEY_FIGURE_PATHS).toContain('applications.denied.stateSecret.total');
    expect(KEY_FIGURE_PATHS).not.toContain('applications.received.natural');
    expect(KEY_FIGURE_PATHS.slice(-5)).toEqual([
      'review.litigationAfterReview.upheld',
      'review.litigationAfterReview.corrected',
      'review.litigationAfterReview.other',
      'review.litigationAfterReview.pending',
      'review.litigationAfterReview.total',
    ]);
  });

  it('are read with the totals computed, the fee in 万元 as a number', () => {
    const figures = keyFigures(busyReport());
    expect(Object.keys(figures)).toHaveLength(50);
    expect(figures['applications.received.total']).toBe(54);
    expect(figures['applications.carriedOver.total']).toBe(5);
    expect(figures['applications.resultsTotal.total']).toBe(52);
    expect(figures['applications.carriedForward.total']).toBe(7);
    expect(figures['applications.denied.thirdParty.total']).toBe(3);
    expect(figures['review.reconsideration.total']).toBe(4);
    expect(figures['review.litigationDirect.pending']).toBe(1);
    expect(figures['proactive.licensing']).toBe(326);
    expect(figures['proactive.feesWanYuan']).toBe(12.3456);
  });

  it('keep the total a document printed, and leave out what is blank or not a number', () => {
    let report = setAt(busyReport(), 'applications.received.total', 648);
    report = setAt(report, 'proactive.licensing', null);
    report = setAt(report, 'proactive.feesWanYuan', '约12万');
    report = setAt(report, 'review.reconsideration.upheld', -2);
    const figures = keyFigures(report);
    expect(figures['applications.received.total']).toBe(648);
    expect('proactive.licensing' in figures).toBe(false);
    expect('proactive.feesWanYuan' in figures).toBe(false);
    expect('review.reconsideration.upheld' in figures).toBe(false);
    expect(figures['review.reconsideration.total']).toBe(2);
  });

  it('are kept in a report started from last year’s, and travel in the file', () => {
    const next = nextYearReport(busyReport());
    expect(next.lastYear?.keyFigures).toEqual(keyFigures(busyReport()));
    expect(DraftReportSchema.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });

  it('are optional: a file without them reads as before, one with an unknown cell does not', () => {
    const old = busyReport();
    expect(old.lastYear?.keyFigures).toBeUndefined();
    expect(ReportSchema.parse(old)).toEqual(old);
    const unknown = setAt(busyReport(), 'lastYear.keyFigures', { 'applications.received.natural': 3 });
    expect(DraftReportSchema.safeParse(unknown).error?.issues.map((i) => i.path.join('.'))).toEqual(['lastYear.keyFigures.applications.received.natural']);
    expect(ReportSchema.safeParse(setAt(busyReport(), 'lastYear.keyFigures', { 'review.reconsideration.total': -1 })).success).toBe(false);
  });
});

describe('year over year', () => {
  const thisYear = () => {
    let next = nextYearReport(busyReport());
    next = setAt(next, 'applications.received', { natural: 50, business: 6, research: 2, nonprofit: 1, legal: 1, other: 0 });
    next = setAt(next, 'review.reconsideration', { upheld: 2, corrected: 1, other: 0, pending: 1 });
    return next;
  };

  it('gives each key figure this year, last year and the change', () => {
    const rows = yearOverYear(thisYear());
    expect(rows).toHaveLength(50);
    const at = (path: string) => rows.find((r) => r.path === path);
    expect(at('applications.received.total')).toMatchObject({ thisYear: 60, lastYear: 54, change: 6 });
    expect(at('applications.received.total')?.percent).toBeCloseTo(11.111, 3);
    expect(at('applications.received.total')?.cell.name).toBe('一、本年新收政府信息公开申请数量 总计');
    expect(at('review.reconsideration.total')).toMatchObject({ thisYear: 4, lastYear: 4, change: 0, percent: 0 });
    expect(at('applications.granted.total')).toMatchObject({ thisYear: null, lastYear: 22, change: null, percent: null });
  });

  it('is empty without last year’s figures', () => {
    expect(yearOverYear(busyReport())).toEqual([]);
  });

  it('says the change as the 图解 prints it', () => {
    expect(changeLabel({ thisYear: 4916, lastYear: 4377, percent: ((4916 - 4377) / 4377) * 100 })).toBe('较上年 +12.3%');
    expect(changeLabel({ thisYear: 19, lastYear: 20, percent: -5 })).toBe('较上年 −5.0%');
    expect(changeLabel({ thisYear: 7, lastYear: 7, percent: 0 })).toBe('与上年持平');
    expect(changeLabel({ thisYear: 3, lastYear: 0, percent: null })).toBe('上年为 0');
    expect(changeLabel({ thisYear: 3, lastYear: null, percent: null })).toBeNull();
    expect([formatPercentChange(0.04), formatPercentChange(-0.04), formatPercentChange(150)]).toEqual(['0.0%', '0.0%', '+150.0%']);
  });
});
