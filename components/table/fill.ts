// Filling cells from the quick actions and the offered fixes, as the clerk would type them.
import type { UseFormReturn } from 'react-hook-form';
import type { TableId } from '@/lib/report/template/layout';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';
import { formPath } from '@/components/wizard/form-path';
import type { TypedInputs } from '@/components/wizard/typed-inputs';

type Form = Pick<UseFormReturn<DraftReport>, 'getValues' | 'setValue'>;

export function setCell(form: Form, typedInputs: TypedInputs, path: string, value: number | string | null) {
  typedInputs.set(path, undefined);
  form.setValue(formPath(path), value);
}

/** 「本表空白格填 0」: every blank cell of the table (not one holding typed text) becomes 0. */
export function fillBlankCells(form: Form, typedInputs: TypedInputs, table: TableId): number {
  const report = form.getValues();
  const blanks = INPUT_CELLS.filter((c) => c.table.id === table && isBlank(getAt(report, c.path)) && typedInputs.get(c.path) === undefined);
  blanks.forEach((c) => setCell(form, typedInputs, c.path, c.valueKind === 'amount' ? '0' : 0));
  return blanks.length;
}
