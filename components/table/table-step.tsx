'use client';
import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import type { TableLayout } from '@/lib/report/template/layout';
import { FILL_BLANKS_LABEL } from '@/lib/report/checks/findings';
import { BALANCE_LABELS, NO_APPLICATIONS_LABEL, RECEIVED, TABLE3, TABLE3_ROWS } from '@/lib/report/template/table3';
import { focusField } from '@/components/wizard/error-summary';
import { CELL_BY_PATH, INPUT_CELLS } from '@/lib/report/template/tables';
import { balanceFixLabel } from '@/lib/report/checks/arithmetic';
import { isBlank } from '@/lib/report/values';
import { useWizard } from '@/components/wizard/wizard-context';
import { BalanceFoot, balanceSummary } from './balance-foot';
import { DataTable } from './data-table';
import { fillBlankCells, writeCells } from './fill';
import { UndoButtons, undoKeys } from './undo-buttons';
import { LiveTotalsScope, useLiveBalances, useLiveTotalsStore } from './live-totals';
import { useLastYearToggle } from './last-year';

const INTRO: Record<TableLayout['id'], string> = {
  table2: '按第二十条各项填写本年的件数和金额；没有的填 0。收费金额以“万元”为单位，最多 4 位小数。',
  table3: `按申请人类型填写各项件数，没有的填 0；“总计”列和“（七）总计”行自动计算。表格下方逐列核对勾稽关系：${BALANCE_LABELS.rule}。`,
  table4: '填写因政府信息公开工作被申请行政复议、提起行政诉讼的件数，没有的填 0；各“总计”自动计算。',
};

const HELP = new Map(TABLE3_ROWS.flatMap((row) => (row.help ? [[row.label, row.help] as const] : [])));

function LiveBalanceFoot({ readOnly, onFix }: { readOnly: boolean; onFix: (path: string, value: number) => void }) {
  const balances = useLiveBalances();
  return balances ? <BalanceFoot balances={balances} readOnly={readOnly} onFix={onFix} /> : null;
}

const ANNOUNCE_AFTER_MS = 700;

/**
 * One polite live region for the whole table: once the clerk pauses, it reads out the totals
 * that changed and, when it changed, the state of the 勾稽 balance — without moving the focus.
 */
function TotalsAnnouncer() {
  const store = useLiveTotalsStore();
  const [message, setMessage] = useState('');
  useEffect(() => {
    let seen = { totals: store.totals, balance: store.balances ? balanceSummary(store.balances) : '' };
    const pending = new Map<string, number | null>();
    let balanceChanged = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      const balance = store.balances ? balanceSummary(store.balances) : '';
      for (const [path, value] of store.totals) if (seen.totals.get(path) !== value) pending.set(path, value);
      balanceChanged ||= balance !== seen.balance;
      seen = { totals: store.totals, balance };
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = [...pending].map(([path, value]) => `${CELL_BY_PATH.get(path)?.name ?? path} ${value ?? '空'}`);
        setMessage([changed.join('；'), balanceChanged ? balance : ''].filter(Boolean).join('。'));
        pending.clear();
        balanceChanged = false;
      }, ANNOUNCE_AFTER_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}

export function TableStep({ table }: { table: TableLayout }) {
  const tableThree = table === TABLE3;
  const form = useFormContext<DraftReport>();
  const { getValues } = form;
  const { typedInputs, history, readOnly } = useWizard();
  const writer = { form, typedInputs, history };
  const [message, setMessage] = useState('');
  const pointing = useRef(false);

  const fix = (path: string, value: number) => {
    writeCells(writer, balanceFixLabel(CELL_BY_PATH.get(path)?.columnLabel ?? '', value), [{ path, value }]);
    setMessage(`已${balanceFixLabel(CELL_BY_PATH.get(path)?.columnLabel ?? '', value)}。`);
    requestAnimationFrame(() => focusField(path));
  };
  const inputs = INPUT_CELLS.filter((c) => c.table === table);
  // Last year's figures never change in the wizard: read once.
  const [lastYear] = useState(() => getValues('lastYear'));
  const lastYearToggle = useLastYearToggle(lastYear?.year, lastYear?.keyFigures);

  return (
    <section aria-labelledby="step-heading" onKeyDown={undoKeys(writer, readOnly, setMessage)}>
      <p className="mb-3 max-w-3xl text-sm leading-relaxed text-stone-700">{INTRO[table.id]}</p>
      <div className="mb-3 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={readOnly}
          className="rounded border border-stone-500 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
          onClick={() => {
            const n = fillBlankCells(writer, table.id, FILL_BLANKS_LABEL);
            setMessage(n ? `已将 ${n} 个空白格填为 0。` : '本表没有空白格。');
          }}
        >
          {FILL_BLANKS_LABEL}
        </button>
        {tableThree ? (
          <button
            type="button"
            disabled={readOnly}
            className="rounded border border-stone-500 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
            onClick={() => {
              const received = inputs.filter((c) => c.path.startsWith(`applications.${RECEIVED.key}.`));
              const filled = received.some((c) => (getAt(getValues(), c.path) ?? 0) !== 0 || typedInputs.get(c.path) !== undefined);
              if (filled && !window.confirm(`“${RECEIVED.label}”已经填有内容。确定全部改为 0 吗？`)) return;
              const report = getValues();
              const blanks = inputs.filter((c) => !received.includes(c) && isBlank(getAt(report, c.path)) && typedInputs.get(c.path) === undefined);
              writeCells(writer, NO_APPLICATIONS_LABEL, [...received, ...blanks].map((c) => ({ path: c.path, value: 0 })));
              setMessage(`已将“${RECEIVED.label}”各列设为 0${blanks.length ? `，其余 ${blanks.length} 个空白格填为 0` : ''}。`);
            }}
          >
            {NO_APPLICATIONS_LABEL}
          </button>
        ) : null}
      </div>
      {/* A line of their own: the buttons' labels change with each step without moving the table. */}
      <div className="mb-3 flex flex-wrap gap-2">
        <UndoButtons writer={writer} readOnly={readOnly} onDone={setMessage} />
        {lastYearToggle.toggle}
      </div>
      <p role="status" className="mb-2 min-h-5 text-sm text-blue-900">
        {message}
      </p>
      <LiveTotalsScope table={table}>
        {/* The table scrolls in its own box, no taller than the window: its headings and row labels
            stay in view (data-table.tsx). Working in it brings the whole box into the window. */}
        {/* NOTE: not on a click: the box moving between press and release would lose the click. */}
        <div
          className="max-h-[calc(100vh-1rem)] overflow-auto"
          onPointerDown={() => (pointing.current = true)}
          onPointerUp={() => (pointing.current = false)}
          onFocus={(event) => {
            const byPointer = pointing.current;
            pointing.current = false;
            if (!byPointer) event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          }}
        >
          <DataTable
            table={table}
            help={tableThree ? HELP : undefined}
            onMessage={setMessage}
            lastYear={lastYearToggle.figures}
            footer={tableThree ? <LiveBalanceFoot readOnly={readOnly} onFix={fix} /> : null}
          />
        </div>
        <TotalsAnnouncer />
      </LiveTotalsScope>
    </section>
  );
}
