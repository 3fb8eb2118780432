// Writing cells from outside them — a paste, the quick fills, an offered fix, undo and redo — as one
// step of the table's history each, the way the clerk would type them.
import type { UseFormReturn } from 'react-hook-form';
import type { TableId } from '@/lib/report/template/layout';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';
import { formPath } from '@/components/wizard/form-path';
import type { TypedInputs } from '@/components/wizard/typed-inputs';
import type { CellState, TableHistory } from './history';

type Form = Pick<UseFormReturn<DraftReport>, 'getValues' | 'setValue'>;
export type CellWriter = { form: Form; typedInputs: TypedInputs; history: TableHistory };

type Stored = number | string | null;

export const cellState = ({ form, typedInputs }: Pick<CellWriter, 'form' | 'typedInputs'>, path: string): CellState => {
  const value = getAt(form.getValues(), path);
  return { value: typeof value === 'number' || typeof value === 'string' ? value : null, typed: typedInputs.get(path) };
};

/** Puts a state into a cell, recording nothing (undo and redo use it, and writeCells). */
function putState({ form, typedInputs }: Pick<CellWriter, 'form' | 'typedInputs'>, path: string, state: CellState) {
  typedInputs.set(path, state.typed);
  form.setValue(formPath(path), state.value);
}

/** Writes numbers into cells as one step of the history, named `label`. */
export function writeCells(writer: CellWriter, label: string, writes: readonly { path: string; value: Stored }[]) {
  const changes = writes.map(({ path, value }) => ({ path, before: cellState(writer, path), after: { value, typed: undefined } }));
  changes.forEach((change) => putState(writer, change.path, change.after));
  writer.history.commit(label, changes);
}

/** Undoes (or redoes) the last step; its label, or null when there was nothing to undo. */
export function undoStep(writer: CellWriter, direction: 'undo' | 'redo'): string | null {
  const step = direction === 'undo' ? writer.history.undo() : writer.history.redo();
  if (!step) return null;
  const changes = direction === 'undo' ? [...step.changes].reverse() : step.changes;
  changes.forEach((change) => putState(writer, change.path, direction === 'undo' ? change.before : change.after));
  return step.label;
}

/** 「本表空白格填 0」: every blank cell of the table (not one holding typed text) becomes 0; how many. */
export function fillBlankCells(writer: CellWriter, table: TableId, label: string): number {
  const report = writer.form.getValues();
  const blanks = INPUT_CELLS.filter((c) => c.table.id === table && isBlank(getAt(report, c.path)) && writer.typedInputs.get(c.path) === undefined);
  writeCells(writer, `${label}（${blanks.length} 格）`, blanks.map((c) => ({ path: c.path, value: c.valueKind === 'amount' ? '0' : 0 })));
  return blanks.length;
}
