'use client';
// A table of the template drawn in its own geometry: the header rows, the merged label cells and
// a real <input> for every number. Arrow keys and Enter move like a spreadsheet; a block pasted
// from Excel or WPS fills right and down.
import { memo, useLayoutEffect, useRef, type CSSProperties, type ClipboardEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useFormContext } from 'react-hook-form';
import type { LabelCell, TableLayout } from '@/lib/report/template/layout';
import type { DraftReport } from '@/lib/report/file/schema';
import { fieldId, useWizard } from '@/components/wizard/wizard-context';
import { CellInput, TotalCell } from './cell-input';
import { writeCells } from './fill';
import { useColumnMarked, useLiveTotal } from './live-totals';
import { gridModel, type Move } from './grid-model';
import { isBlock, parseTsv } from './paste-read';
import { computeTotals } from '@/lib/report/totals';
import { RowHelp } from './row-help';
import { LastYearFigure } from './last-year';
import type { KeyFigures } from '@/lib/report/key-figures';

const PASTE_FAILED = '没能粘贴：填写页面的程序文件没有载入（网络中断，或网站已更新）。表中的数字没有改动；请刷新本页后再粘贴。';

type Props = {
  table: TableLayout;
  help?: ReadonlyMap<string, string>;
  footer?: ReactNode;
  /** Last year's key figures while 显示上年数 is on; absent, the table draws nothing more. */
  lastYear?: KeyFigures;
  onMessage: (message: string) => void;
};

// NOTE: fixed table layout with set widths: an auto-layout table recomputes every column's width
// whenever a total changes, which was most of the cost of a keystroke on a slow PC.
const LABEL_COLUMN_WIDTHS: Record<TableLayout['id'], readonly string[]> = {
  table2: ['12rem'],
  table3: ['5.5rem', '6.5rem', '15rem'],
  table4: [],
};

const KEY_MOVES: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', Enter: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Where a label column starts: the widths of the label columns before it. */
const labelLeft = (table: TableLayout['id'], column: number) => `calc(0rem + ${LABEL_COLUMN_WIDTHS[table].slice(0, column).join(' + ') || '0rem'})`;

/**
 * Stuck in view while the table scrolls (the table's own scroll box, see table-step): header rows
 * at the top, each at its row's offset, and row labels at the left.
 */
type Stuck = { top?: string; left?: string };
const stuckStyle = ({ top, left }: Stuck): CSSProperties | undefined =>
  top === undefined && left === undefined ? undefined : { position: 'sticky', top, left, zIndex: top !== undefined && left !== undefined ? 3 : top !== undefined ? 2 : 1 };

function Label({ cell, help, header, marked = false, stuck = {} }: { cell: LabelCell; help?: string; header: boolean; marked?: boolean; stuck?: Stuck }) {
  return (
    <th
      scope={cell.scope}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={stuckStyle(stuck)}
      className={`border-r border-b border-stone-400 px-2 py-1 text-sm font-normal leading-snug ${
        cell.scope === 'row' ? 'text-left' : 'text-center'
      } ${marked ? 'bg-red-100 text-red-900' : header ? 'bg-stone-100' : 'bg-stone-50'}`}
    >
      {cell.text}
      {help ? <RowHelp label={cell.text} help={help} /> : null}
    </th>
  );
}

/** A column header, marked while its column's arithmetic does not close. */
function ColumnHeader({ cell, column, stuck }: { cell: LabelCell; column: number; stuck: Stuck }) {
  const marked = useColumnMarked(column);
  return <Label cell={cell} header marked={cell.colSpan === 1 && marked} stuck={stuck} />;
}

/** Each header row's offset from the top of the header, as CSS variables on the table (rows grow with the clerk's font). */
function useHeaderOffsets(table: RefObject<HTMLTableElement | null>) {
  useLayoutEffect(() => {
    const element = table.current;
    const head = element?.tHead;
    if (!element || !head) return;
    const measure = () => {
      [...head.rows].forEach((row, r) => element.style.setProperty(`--nb-head-${r}`, `${row.offsetTop}px`));
      element.style.setProperty('--nb-head-height', `${head.offsetHeight}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(head);
    return () => observer.disconnect();
  }, [table]);
}

function LiveTotal({ path, name }: { path: string; name: string }) {
  return <TotalCell path={path} name={name} value={useLiveTotal(path)} />;
}

/** Memoised: typing re-renders the cell typed in and the totals, not the table. */
export const DataTable = memo(function DataTable({ table, help, footer, lastYear, onMessage }: Props) {
  const tableRef = useRef<HTMLTableElement>(null);
  useHeaderOffsets(tableRef);
  const form = useFormContext<DraftReport>();
  const { typedInputs, history, readOnly } = useWizard();
  const writer = { form, typedInputs, history };
  const model = gridModel(table);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target;
    // NOTE: an IME's Enter confirms the composition; it must not move or commit anything.
    if (!(input instanceof HTMLInputElement) || event.nativeEvent.isComposing || event.keyCode === 229) return;
    const move = KEY_MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // A cell arrived at by an arrow has its text selected: then both edges count.
    const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atStart = all || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd = all || input.selectionStart === input.value.length;
    if ((move === 'left' && !atStart) || (move === 'right' && !atEnd)) return;
    const target = model.moves.get(input.dataset.path ?? '')?.[move];
    if (!target) return;
    event.preventDefault();
    const next = document.getElementById(fieldId(target));
    if (next instanceof HTMLInputElement) {
      next.focus();
      next.select();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const input = event.target;
    const path = input instanceof HTMLInputElement ? input.dataset.path : undefined;
    if (readOnly || path === undefined || !model.byPath.has(path)) return;
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    const doc = html ? new DOMParser().parseFromString(html, 'text/html') : null;
    const tsv = parseTsv(text);
    if (!isBlock(doc, tsv)) return; // one value: an ordinary paste
    event.preventDefault();
    // Reading the block and placing it by its labels loads on the first block pasted (not in the page's first load).
    import('./paste').then(
      ({ describePaste, parseHtmlTable, planPaste, printedTotalsDiffer }) => {
        const block = (doc ? parseHtmlTable(doc, table) : null) ?? tsv;
        const plan = planPaste(table, model, path, block);
        if (plan.writes.length > 0) writeCells(writer, `粘贴 ${plan.writes.length} 格`, plan.writes);
        onMessage(describePaste(plan, printedTotalsDiffer(plan, computeTotals(form.getValues()))));
      },
      () => onMessage(PASTE_FAILED),
    );
  };

  const bodyStart = table.headerRows;
  const rowForm = (r: number) => `${table.id}-row-${r}`;
  const labelColumns = LABEL_COLUMN_WIDTHS[table.id].length;
  const headStuck = (r: number, column: number): Stuck => ({ top: `var(--nb-head-${r})`, ...(column < labelColumns ? { left: labelLeft(table.id, column) } : {}) });
  const rowStuck = (cell: LabelCell, column: number): Stuck => (cell.scope === 'row' && column < labelColumns ? { left: labelLeft(table.id, column) } : {});
  return (
    <>
      <table
        ref={tableRef}
        className="nb-grid w-full min-w-[56rem] table-fixed border-separate border-spacing-0 border-t border-l border-stone-400 text-sm"
        style={{ '--nb-label-width': labelLeft(table.id, labelColumns) } as CSSProperties}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        <caption className="sr-only">{table.caption}</caption>
        <colgroup>
          {Array.from({ length: table.gridColumns }, (_, c) => (
            <col key={c} style={{ width: LABEL_COLUMN_WIDTHS[table.id][c] }} />
          ))}
        </colgroup>
        {bodyStart > 0 ? (
          <thead>
            {table.rows.slice(0, bodyStart).map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  cell.kind === 'label' ? (
                    <ColumnHeader key={i} cell={cell} column={model.starts[r]?.[i] ?? -1} stuck={headStuck(r, model.starts[r]?.[i] ?? -1)} />
                  ) : null,
                )}
              </tr>
            ))}
          </thead>
        ) : null}
        <tbody>
          {table.rows.slice(bodyStart).map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                if (cell.kind === 'label') {
                  const column = model.starts[bodyStart + r]?.[i] ?? -1;
                  return <Label key={i} cell={cell} help={help?.get(cell.text)} header={cell.scope === 'col'} stuck={rowStuck(cell, column)} />;
                }
                return (
                  <td key={cell.path} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} className="border-r border-b border-stone-400 p-0.5 align-top">
                    {cell.computed ? (
                      <LiveTotal path={cell.path} name={cell.name} />
                    ) : (
                      <CellInput path={cell.path} name={cell.name} valueKind={cell.valueKind} form={rowForm(r)} />
                    )}
                    {lastYear ? <LastYearFigure path={cell.path} figures={lastYear} /> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer}
      </table>
      {/* NOTE: every row's inputs belong to a small form of their own. Chromium's autofill (Chrome,
          Edge, 360) re-reads every field of the typed-in field's form after each keystroke: with
          the whole table as one formless form that was 10–35 ms of a slow PC's main thread per
          key. The forms never submit, not even on Enter in a row of one input. */}
      <div hidden>
        {table.rows.slice(bodyStart).map((row, r) =>
          row.some((cell) => cell.kind === 'value' && !cell.computed) ? <form key={r} id={rowForm(r)} onSubmit={(event) => event.preventDefault()} /> : null,
        )}
      </div>
    </>
  );
});
