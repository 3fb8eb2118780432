'use client';
// The rule printed in table 三's corner, checked live under every column once the column is filled
// in: both sides, the difference, and — offered, never forced — 四 = 一 + 二 − （七）, naming the
// value it would write and the cell. A column with blank cells is 尚未填完, not unbalanced.
import { memo } from 'react';
import { balanceFixLabel, columnBalance, isUnbalanced, type ColumnBalance } from '@/lib/report/checks/arithmetic';
import type { DraftReport } from '@/lib/report/file/schema';
import { BALANCE_LABELS, CARRIED_FORWARD, TABLE3_COLUMNS, type Table3ColumnKey } from '@/lib/report/template/table3';
import type { Totals } from '@/lib/report/totals';

export type Balances = readonly { key: Table3ColumnKey; label: string; balance: ColumnBalance }[];

export function tableThreeBalances(report: DraftReport, totals: Totals): Balances {
  return TABLE3_COLUMNS.map((column) => ({ key: column.key, label: column.label, balance: columnBalance(report, totals, column.key) }));
}

function balanceText(b: ColumnBalance): string {
  const diff = Math.abs(b.left - b.right);
  return `${BALANCE_LABELS.left} = ${b.left}，${BALANCE_LABELS.right} = ${b.right}${diff ? `，差 ${diff}` : ''}`;
}

export function balanceSummary(balances: Balances): string {
  const off = balances.filter((b) => b.key !== 'total' && isUnbalanced(b.balance));
  const incomplete = balances.filter((b) => b.key !== 'total' && b.balance.blanks > 0);
  if (off.length > 0) return `勾稽关系不平衡：${off.map((b) => `${b.label}列差 ${Math.abs(b.balance.left - b.balance.right)}`).join('，')}。`;
  if (incomplete.length > 0) return `勾稽关系：${incomplete.length} 列尚未填完。`;
  return '勾稽关系：各列平衡。';
}

type Props = { balances: Balances; readOnly: boolean; onFix: (path: string, value: number) => void };

type ColumnFootProps = { column: Table3ColumnKey; label: string; balance: ColumnBalance } & Omit<Props, 'balances'>;

const sameBalance = (a: ColumnBalance, b: ColumnBalance) => (Object.keys(a) as (keyof ColumnBalance)[]).every((k) => a[k] === b[k]);

/**
 * Memoised on the column's figures: a keystroke recomputes every column's balance, and only the
 * column typed into (and 总计) has changed; the other five feet are not rendered again.
 */
const ColumnFoot = memo(ColumnFootCell, (a, b) => a.column === b.column && a.label === b.label && a.readOnly === b.readOnly && a.onFix === b.onFix && sameBalance(a.balance, b.balance));

function ColumnFootCell({ column, label, balance, readOnly, onFix }: ColumnFootProps) {
  const incomplete = balance.blanks > 0;
  const off = isUnbalanced(balance);
  const offered = off && column !== 'total' && balance.suggested !== null;
  const tone = incomplete ? 'text-stone-600' : off ? 'bg-red-50 text-red-800' : 'text-green-800';
  return (
    <td className={`h-44 border-r border-b border-stone-400 px-1 py-1 text-center align-top text-xs leading-snug ${tone}`}>
      {incomplete ? (
        <span>{BALANCE_LABELS.incomplete(balance.blanks)}</span>
      ) : off ? (
        <span>{balanceText(balance)}</span>
      ) : (
        <span aria-label={`${label}列平衡：${balanceText(balance)}`}>✓</span>
      )}
      {column !== 'total' ? (
        // NOTE: always laid out, hidden when not offered, and the cell tall enough for five-digit
        // sums and the label at 1024 px: the footer keeps its size while the clerk types.
        <button
          type="button"
          disabled={readOnly || !offered}
          className={`mt-1 block w-full rounded border border-red-700 bg-white px-1 text-red-800 hover:bg-red-100 ${offered ? '' : 'invisible'}`}
          onClick={() => onFix(`applications.${CARRIED_FORWARD.key}.${column}`, balance.suggested ?? 0)}
        >
          {balanceFixLabel(label, balance.suggested ?? 0)}
        </button>
      ) : null}
    </td>
  );
}

export function BalanceFoot({ balances, readOnly, onFix }: Props) {
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={3} style={{ position: 'sticky', left: 0, zIndex: 1 }} className="border-r border-b border-stone-400 bg-stone-100 px-2 py-1 text-left text-sm">
          {BALANCE_LABELS.heading}
        </th>
        {balances.map(({ key, label, balance }) => (
          <ColumnFoot key={key} column={key} label={label} balance={balance} readOnly={readOnly} onFix={onFix} />
        ))}
      </tr>
    </tfoot>
  );
}
