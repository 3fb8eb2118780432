'use client';
// The totals and the 勾稽 balances of the table being edited, recomputed as the clerk types and
// read only by the cells that show them — so a keystroke repaints the totals, not the table.
import { createContext, useContext, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { DraftReport } from '@/lib/report/schema';
import { computeTotals, type Totals } from '@/lib/report/totals';
import { tableThreeBalances, type Balances } from './balance-foot';

export type LiveTotals = { totals: Totals; balances: Balances | null; markedColumns: ReadonlySet<number> };

const LiveTotalsContext = createContext<LiveTotals>({ totals: new Map(), balances: null, markedColumns: new Set() });

export const useLiveTotals = () => useContext(LiveTotalsContext);

import { TABLE3 } from '@/lib/report/table3';
import { TABLE3_COLUMNS } from '@/lib/report/table3';

/** Grid column of table 三's first data column: the label columns come before it. */
const FIRST_DATA_COLUMN = TABLE3.gridColumns - TABLE3_COLUMNS.length;

export function LiveTotalsScope({ section, children }: { section: 'proactive' | 'applications' | 'review'; children: ReactNode }) {
  const { getValues } = useFormContext<DraftReport>();
  useWatch<DraftReport>({ name: section });
  const report = getValues();
  const totals = computeTotals(report);
  // NOTE: a new Map every keystroke is fine: only the totals, headers, footer and announcer read it.
  const balances = section === 'applications' ? tableThreeBalances(report, totals) : null;
  const markedColumns = new Set((balances ?? []).flatMap((b, i) => (b.balance.left !== b.balance.right ? [FIRST_DATA_COLUMN + i] : [])));
  return <LiveTotalsContext.Provider value={{ totals, balances, markedColumns }}>{children}</LiveTotalsContext.Provider>;
}
