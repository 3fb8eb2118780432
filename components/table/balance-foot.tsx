'use client';
// The rule printed in table 三's corner, checked live under every column: both sides, the
// difference, and — offered, never forced — 四 = 一 + 二 − （七）.
import { columnBalance, type ColumnBalance } from '@/lib/report/checks/arithmetic';
import type { DraftReport } from '@/lib/report/file/schema';
import { BALANCE_LABELS, CARRIED_FORWARD, TABLE3_COLUMNS, type Table3ColumnKey } from '@/lib/report/template/table3';
import type { Totals } from '@/lib/report/totals';

export type Balances = readonly { key: Table3ColumnKey; label: string; balance: ColumnBalance }[];

export function tableThreeBalances(report: DraftReport, totals: Totals): Balances {
  return TABLE3_COLUMNS.map((column) => ({ key: column.key, label: column.label, balance: columnBalance(report, totals, column.key) }));
}

const FIX_LABEL = BALANCE_LABELS.fix;

function balanceText(b: ColumnBalance): string {
  const diff = Math.abs(b.left - b.right);
  return `${BALANCE_LABELS.left} = ${b.left}，${BALANCE_LABELS.right} = ${b.right}${diff ? `，差 ${diff}` : ''}`;
}

export function balanceSummary(balances: Balances): string {
  const off = balances.filter((b) => b.balance.left !== b.balance.right);
  if (off.length === 0) return '勾稽关系：各列平衡。';
  return `勾稽关系不平衡：${off.map((b) => `${b.label}列差 ${Math.abs(b.balance.left - b.balance.right)}`).join('，')}。`;
}

type Props = { balances: Balances; readOnly: boolean; onFix: (path: string, value: number) => void };

export function BalanceFoot({ balances, readOnly, onFix }: Props) {
  return (
    <tfoot>
      <tr>
        <th scope="row" colSpan={3} className="border border-stone-400 bg-stone-100 px-2 py-1 text-left text-sm">
          {BALANCE_LABELS.heading}
        </th>
        {balances.map(({ key, label, balance }) => {
          const ok = balance.left === balance.right;
          return (
            <td key={key} className={`h-38 border border-stone-400 px-1 py-1 text-center align-top text-xs leading-snug ${ok ? 'text-green-800' : 'bg-red-50 text-red-800'}`}>
              {ok ? <span aria-label={`${label}列平衡：${balanceText(balance)}`}>✓</span> : <span>{balanceText(balance)}</span>}
              {key !== 'total' ? (
                // NOTE: always laid out, hidden when not offered, and the cell tall enough for five-digit
                // sums at 1024 px: the footer keeps its size while the clerk types.
                <button
                  type="button"
                  disabled={readOnly || ok || balance.suggested === null}
                  aria-label={`${FIX_LABEL}：${label}列改为 ${balance.suggested}`}
                  className={`mt-1 block w-full rounded border border-red-700 bg-white px-1 text-red-800 hover:bg-red-100 ${ok || balance.suggested === null ? 'invisible' : ''}`}
                  onClick={() => onFix(`applications.${CARRIED_FORWARD.key}.${key}`, balance.suggested ?? 0)}
                >
                  {FIX_LABEL}
                </button>
              ) : null}
            </td>
          );
        })}
      </tr>
    </tfoot>
  );
}
