'use client';
// A table of the template drawn in its own geometry: the header rows, the merged label cells and
// a real <input> for every number. Arrow keys and Enter move like a spreadsheet; a block pasted
// from Excel or WPS fills right and down.
import type { ClipboardEvent, KeyboardEvent, ReactNode } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { LabelCell, TableLayout } from '@/lib/report/layout';
import type { DraftReport } from '@/lib/report/schema';
import type { Totals } from '@/lib/report/totals';
import { fieldId, useWizard } from '@/components/wizard/wizard-context';
import { CellInput, TotalCell } from './cell-input';
import { gridModel, type Move } from './grid-model';
import { describePaste, parseHtmlTable, parseTsv, planPaste } from './paste';
import { RowHelp } from './row-help';

type Props = {
  table: TableLayout;
  totals: Totals;
  /** Grid columns to mark (a column whose arithmetic does not close). */
  markedColumns?: ReadonlySet<number>;
  help?: ReadonlyMap<string, string>;
  footer?: ReactNode;
  onMessage: (message: string) => void;
};

const KEY_MOVES: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', Enter: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

function Label({ cell, help, header }: { cell: LabelCell; help?: string; header: boolean }) {
  return (
    <th
      scope={cell.scope === 'row' ? (cell.rowSpan > 1 ? 'rowgroup' : 'row') : cell.colSpan > 1 ? 'colgroup' : 'col'}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      className={`border border-stone-400 px-2 py-1 text-sm font-normal leading-snug ${
        cell.scope === 'row' ? 'text-left' : 'text-center'
      } ${header ? 'bg-stone-100' : 'bg-stone-50'}`}
    >
      {cell.text}
      {help ? <RowHelp label={cell.text} help={help} /> : null}
    </th>
  );
}

export function DataTable({ table, totals, markedColumns, help, footer, onMessage }: Props) {
  const { setValue } = useFormContext<DraftReport>();
  const { typedInputs, readOnly } = useWizard();
  const model = gridModel(table);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target;
    // NOTE: an IME's Enter confirms the composition; it must not move or commit anything.
    if (!(input instanceof HTMLInputElement) || event.nativeEvent.isComposing || event.keyCode === 229) return;
    const move = KEY_MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if ((move === 'left' && !atStart) || (move === 'right' && !atEnd)) return;
    const target = model.moves.get(input.name)?.[move];
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
    if (readOnly || !(input instanceof HTMLInputElement) || !model.byPath.has(input.name)) return;
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    const block = (html ? parseHtmlTable(new DOMParser().parseFromString(html, 'text/html')) : null) ?? parseTsv(text);
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return; // one value: an ordinary paste
    event.preventDefault();
    const plan = planPaste(model, input.name, block);
    for (const write of plan.writes) {
      typedInputs.set(write.path, undefined);
      setValue(write.path as FieldPath<DraftReport>, write.value, { shouldDirty: true });
    }
    onMessage(describePaste(plan));
  };

  const bodyStart = table.headerRows;
  return (
    <table className="w-full border-collapse text-sm" onKeyDown={onKeyDown} onPaste={onPaste}>
      <caption className="sr-only">{table.caption}</caption>
      <colgroup>
        {Array.from({ length: table.gridColumns }, (_, c) => (
          <col key={c} className={markedColumns?.has(c) ? 'bg-red-50' : undefined} />
        ))}
      </colgroup>
      {bodyStart > 0 ? (
        <thead>
          {table.rows.slice(0, bodyStart).map((row, r) => (
            <tr key={r}>{row.map((cell, i) => (cell.kind === 'label' ? <Label key={i} cell={cell} header /> : null))}</tr>
          ))}
        </thead>
      ) : null}
      <tbody>
        {table.rows.slice(bodyStart).map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => {
              if (cell.kind === 'label') return <Label key={i} cell={cell} help={help?.get(cell.text)} header={cell.scope === 'col'} />;
              const grid = model.byPath.get(cell.path);
              const marked = grid !== undefined && (markedColumns?.has(grid.gridColumn) ?? false);
              return (
                <td key={cell.path} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} className="border border-stone-400 p-0.5 align-top">
                  {cell.computed ? (
                    <TotalCell path={cell.path} name={cell.name} value={totals.get(cell.path) ?? null} marked={marked} />
                  ) : (
                    <CellInput path={cell.path} name={cell.name} valueKind={cell.valueKind} />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer}
    </table>
  );
}
