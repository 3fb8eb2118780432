import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/lib/report/empty-report';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { setAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { TABLE3 } from '@/lib/report/template/table3';
import { TABLE4 } from '@/lib/report/template/table4';
import { LiveTotalsStore } from './live-totals';

const FIRST_DATA_COLUMN = TABLE3.gridColumns - 7;
const set = (report: DraftReport, values: Record<string, number | null>) =>
  Object.entries(values).reduce<DraftReport>((r, [path, value]) => setAt(r, path, value), report);

describe('the live totals store', () => {
  it('tells its listeners only when a total or a balance changed, and keeps what did not', () => {
    const store = new LiveTotalsStore(TABLE3);
    let calls = 0;
    store.subscribe(() => calls++);
    let report = set(emptyReport(), { 'applications.received.natural': 5 });
    store.update(report);
    expect(calls).toBe(1);
    expect(store.totals.get('applications.received.total')).toBe(5);
    const balances = store.balances;
    expect(balances?.[0]?.balance).toMatchObject({ left: 5, right: 0 });

    // Another section's field: nothing of table 三 changes, nobody is told.
    store.update(setAt(report, 'meta.agency', '某某县司法局'));
    expect(calls).toBe(1);

    // A result cell: the (七) total and the balance change.
    report = set(report, { 'applications.granted.natural': 5 });
    store.update(report);
    expect(calls).toBe(2);
    expect(store.totals.get('applications.resultsTotal.natural')).toBe(5);
    expect(store.balances).not.toBe(balances);
    expect(store.balances?.[0]?.balance).toMatchObject({ left: 5, right: 5 });
  });

  it('marks the header of exactly the columns that do not balance, once they are filled in', () => {
    const store = new LiveTotalsStore(TABLE3);
    const marked = () => Array.from({ length: 7 }, (_, i) => store.marked(FIRST_DATA_COLUMN + i));
    store.update(set(emptyReport(), { 'applications.received.business': 2, 'applications.granted.business': 1 }));
    expect(marked()).toEqual([false, false, false, false, false, false, false]);
    store.update(set(busyReport(), { 'applications.received.business': 8 }));
    expect(marked()).toEqual([false, true, false, false, false, false, true]);
    expect(store.marked(0)).toBe(false);
  });

  it('has no balances for tables 二 and 四', () => {
    const store = new LiveTotalsStore(TABLE4);
    store.update(set(emptyReport(), { 'review.reconsideration.upheld': 3 }));
    expect(store.balances).toBeNull();
    expect(store.totals.get('review.reconsideration.total')).toBe(3);
  });
});
