'use client';
// The totals and the 勾稽 balances of the table being edited, recomputed as the clerk types. A
// small store outside React: each total, header and the footer subscribes to its own piece, so a
// keystroke re-renders the few totals whose number changed — not the table, not every total.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { DraftReport } from '@/lib/report/file/schema';
import type { TableLayout } from '@/lib/report/template/layout';
import { TABLE3, TABLE3_COLUMNS } from '@/lib/report/template/table3';
import { TABLE2 } from '@/lib/report/template/table2';
import { isUnbalanced } from '@/lib/report/checks/arithmetic';
import { computeTotals, type Totals } from '@/lib/report/totals';
import { tableThreeBalances, type Balances } from './balance-foot';

/** Grid column of table 三's first data column: the label columns come before it. */
const FIRST_DATA_COLUMN = TABLE3.gridColumns - TABLE3_COLUMNS.length;

const balancesKey = (balances: Balances | null) => (balances ? balances.map(({ balance: b }) => `${b.left}/${b.right}/${b.suggested}/${b.blanks}`).join() : '');

export class LiveTotalsStore {
  totals: Totals = new Map();
  balances: Balances | null = null;
  private balancesKey = '';
  private listeners = new Set<() => void>();

  constructor(private readonly table: TableLayout) {}

  /** Recomputes from the report; listeners hear of it only when a number or a balance changed. */
  update(report: DraftReport) {
    const totals = computeTotals(report);
    const balances = this.table === TABLE3 ? tableThreeBalances(report, totals) : null;
    let totalsChanged = totals.size !== this.totals.size;
    if (!totalsChanged) {
      for (const [path, value] of totals) {
        if (this.totals.get(path) !== value) {
          totalsChanged = true;
          break;
        }
      }
    }
    const key = balancesKey(balances);
    const balancesChanged = key !== this.balancesKey;
    if (!totalsChanged && !balancesChanged) return;
    if (totalsChanged) this.totals = totals;
    if (balancesChanged) {
      this.balances = balances;
      this.balancesKey = key;
    }
    this.listeners.forEach((listener) => listener());
  }

  /** Whether table 三's grid column `column` does not balance (its header is marked). */
  marked(column: number): boolean {
    const balance = this.balances?.[column - FIRST_DATA_COLUMN]?.balance;
    return balance !== undefined && isUnbalanced(balance);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const LiveTotalsContext = createContext<LiveTotalsStore>(new LiveTotalsStore(TABLE2));

export const useLiveTotalsStore = () => useContext(LiveTotalsContext);

export function useLiveTotal(path: string): number | null {
  const store = useLiveTotalsStore();
  return useSyncExternalStore(store.subscribe, () => store.totals.get(path) ?? null, () => null);
}

export function useColumnMarked(column: number): boolean {
  const store = useLiveTotalsStore();
  return useSyncExternalStore(store.subscribe, () => store.marked(column), () => false);
}

export function useLiveBalances(): Balances | null {
  const store = useLiveTotalsStore();
  return useSyncExternalStore(store.subscribe, () => store.balances, () => null);
}

export function LiveTotalsScope({ table, children }: { table: TableLayout; children: ReactNode }) {
  const { getValues, watch } = useFormContext<DraftReport>();
  const [store] = useState(() => {
    const initial = new LiveTotalsStore(table);
    initial.update(getValues());
    return initial;
  });
  useEffect(() => {
    // Every change of the form (typing, paste, 填 0, a fix): recompute, synchronously, so the
    // totals are painted in the same frame as the keystroke.
    const subscription = watch(() => store.update(getValues()));
    store.update(getValues());
    return () => subscription.unsubscribe();
  }, [getValues, store, watch]);
  return <LiveTotalsContext.Provider value={store}>{children}</LiveTotalsContext.Provider>;
}
