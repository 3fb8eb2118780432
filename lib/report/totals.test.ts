import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty-report';
import { getAt, setAt } from './paths';
import { busyReport } from './testing/sample-reports';
import { DraftReportSchema, type DraftReport } from './file/schema';
import { computeTotals, countAt, withTotals, withoutPrintedTotals } from './totals';

/** `base` (busyReport by default) with the given values written in. */
function variant(changes: readonly [string, unknown][], base: DraftReport = busyReport()): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), base);
}

describe('computeTotals', () => {
  it('sums each table 三 row across the six applicant columns', () => {
    const totals = computeTotals(busyReport());
    expect(totals.get('applications.received.total')).toBe(54);
    expect(totals.get('applications.carriedOver.total')).toBe(5);
    expect(totals.get('applications.granted.total')).toBe(22);
    expect(totals.get('applications.denied.thirdParty.total')).toBe(3);
    expect(totals.get('applications.notProcessed.publication.total')).toBe(0);
    expect(totals.get('applications.carriedForward.total')).toBe(7);
  });

  it('sums the 21 result rows into （七）总计 in each column, and （七）总计 across', () => {
    const totals = computeTotals(busyReport());
    const columns = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
    expect(columns.map((c) => totals.get(`applications.resultsTotal.${c}`))).toEqual([39, 6, 2, 1, 4, 0, 52]);
  });

  it('sums each 表四 group', () => {
    const totals = computeTotals(busyReport());
    expect(totals.get('review.reconsideration.total')).toBe(4);
    expect(totals.get('review.litigationDirect.total')).toBe(2);
    expect(totals.get('review.litigationAfterReview.total')).toBe(1);
  });

  it('computes all 25 row totals, the six （七） column totals and the three 表四 totals, and nothing else', () => {
    expect(computeTotals(busyReport()).size).toBe(25 + 6 + 3);
  });

  it('leaves a total blank while all its addends are blank', () => {
    const totals = computeTotals(emptyReport());
    expect(totals.get('applications.received.total')).toBeNull();
    expect(totals.get('applications.resultsTotal.natural')).toBeNull();
    expect(totals.get('applications.resultsTotal.total')).toBeNull();
    expect(totals.get('review.reconsideration.total')).toBeNull();
  });

  it('counts blank addends as 0 once one addend is filled', () => {
    const totals = computeTotals(variant([['applications.granted.legal', 2], ['review.litigationDirect.pending', 0]], emptyReport()));
    expect(totals.get('applications.granted.total')).toBe(2);
    expect(totals.get('applications.resultsTotal.legal')).toBe(2);
    expect(totals.get('applications.resultsTotal.natural')).toBeNull();
    expect(totals.get('applications.resultsTotal.total')).toBe(2);
    expect(totals.get('review.litigationDirect.total')).toBe(0);
    expect(totals.get('review.litigationAfterReview.total')).toBeNull();
  });

  it('counts an invalid addend as 0', () => {
    const totals = computeTotals(variant([['applications.received.natural', -3], ['applications.received.business', 1.5]]));
    expect(totals.get('applications.received.total')).toBe(8);
  });

  it('ignores printed totals and recomputes them from the cells', () => {
    const report = variant([
      ['applications.received.total', 99],
      ['applications.resultsTotal.natural', 99],
      ['review.reconsideration.total', 99],
    ]);
    const totals = computeTotals(report);
    expect(totals.get('applications.received.total')).toBe(54);
    expect(totals.get('applications.resultsTotal.natural')).toBe(39);
    expect(totals.get('applications.resultsTotal.total')).toBe(52);
    expect(totals.get('review.reconsideration.total')).toBe(4);
  });
});

describe('countAt', () => {
  it('reads computed cells from the totals and typed cells from the report', () => {
    const report = busyReport();
    const totals = computeTotals(report);
    expect(countAt(report, totals, 'applications.resultsTotal.total')).toBe(52);
    expect(countAt(report, totals, 'applications.received.natural')).toBe(40);
  });

  it('reads a blank or invalid cell as 0', () => {
    const report = variant([['applications.received.natural', null], ['applications.received.business', -1]]);
    const totals = computeTotals(report);
    expect(countAt(report, totals, 'applications.received.natural')).toBe(0);
    expect(countAt(report, totals, 'applications.received.business')).toBe(0);
    const empty = emptyReport();
    expect(countAt(empty, computeTotals(empty), 'applications.resultsTotal.total')).toBe(0);
  });
});

describe('withTotals', () => {
  it('writes every computed cell into a copy of the report', () => {
    const report = busyReport();
    const complete = withTotals(report);
    expect(complete.applications.received).toEqual({ natural: 40, business: 6, research: 2, nonprofit: 1, legal: 4, other: 1, total: 54 });
    expect(complete.applications.resultsTotal).toEqual({ natural: 39, business: 6, research: 2, nonprofit: 1, legal: 4, other: 0, total: 52 });
    expect(complete.review.litigationAfterReview).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    expect(getAt(report, 'applications.received.total')).toBeUndefined();
    expect(report.applications.resultsTotal).toBeUndefined();
  });

  it('corrects a wrong printed total', () => {
    expect(withTotals(variant([['applications.received.total', 99]])).applications.received.total).toBe(54);
  });

  it('writes blank totals for a blank draft', () => {
    const complete = withTotals(emptyReport());
    expect(complete.applications.received.total).toBeNull();
    expect(complete.review.reconsideration.total).toBeNull();
  });
});

describe('withoutPrintedTotals', () => {
  it('drops every printed total, the （七）总计 row whole, and leaves a valid report', () => {
    const printed = withTotals(busyReport());
    const dropped = withoutPrintedTotals(printed);
    expect(dropped.applications.resultsTotal).toBeUndefined();
    expect(getAt(dropped, 'applications.received.total')).toBeUndefined();
    expect(getAt(dropped, 'review.reconsideration.total')).toBeUndefined();
    expect(DraftReportSchema.safeParse(dropped).success).toBe(true);
    expect(withTotals(dropped)).toEqual(printed);
  });
});
