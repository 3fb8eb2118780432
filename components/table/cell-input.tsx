'use client';
import { memo, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import type { DraftReport } from '@/lib/report/file/schema';
import { CELL_BY_PATH } from '@/lib/report/template/tables';
import { parserFor, type ValueKind } from '@/lib/report/values';
import { formPath } from '@/components/wizard/form-path';
import { fieldId, useWizard } from '@/components/wizard/wizard-context';

type Props = { path: string; name: string; valueKind: ValueKind; className?: string; form?: string };

const show = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? String(value) : '');

// NOTE: nb-cell-input (globals.css) contains the input: typing lays out and paints it alone, not
// the whole table — a quarter off each keystroke on a plain page of table 三 in Chromium.
const IN_TABLE = 'nb-cell-input w-full min-w-12 text-center';

/**
 * One number of a table. What is typed is read at every keystroke, so totals follow the typing;
 * text that is not a number is kept (and saved) as typed and flagged when the clerk leaves the cell.
 */
export const CellInput = memo(function CellInput({ path, name, valueKind, className = IN_TABLE, form }: Props) {
  const { typedInputs, cellValues, history, readOnly } = useWizard();
  const inTable = CELL_BY_PATH.has(path);
  const { getValues, setValue } = useFormContext<DraftReport>();
  const subscribe = useCallback((listener: () => void) => cellValues.subscribe(path, listener), [cellValues, path]);
  const stored = () => getValues(formPath(path));
  const value = useSyncExternalStore(subscribe, stored, stored);
  const typed = useSyncExternalStore(typedInputs.subscribe, () => typedInputs.get(path), () => undefined);
  const [text, setText] = useState(() => typed ?? show(value));
  const [flagged, setFlagged] = useState(typed !== undefined);
  const emitted = useRef<unknown>(value);
  const parse = parserFor(valueKind);
  const parsed = parse(text);

  // A value set from outside the cell (paste, 填 0, a fix, undo, a file): show it, or the text
  // typed there that the same change put back.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    const restored = typedInputs.get(path);
    setText(restored ?? show(value));
    setFlagged(restored !== undefined);
  }, [value, path, typedInputs]);

  // Typed text cleared (a paste of a blank) or put back (undo) from outside: show it.
  const [shownTyped, setShownTyped] = useState(typed);
  if (typed !== shownTyped) {
    setShownTyped(typed);
    if (typed === undefined && !parsed.ok) {
      setText(show(value));
      setFlagged(false);
    } else if (typed !== undefined && typed !== text) {
      setText(typed);
      setFlagged(true);
    }
  }

  const recordKey = (after: { value: number | string | null; typed: string | undefined }) => {
    if (!inTable) return;
    const stored = getValues(formPath(path));
    const before = { value: typeof stored === 'number' || typeof stored === 'string' ? stored : null, typed: typedInputs.get(path) };
    history.typed(path, `输入「${name}」`, before, after);
  };

  const emit = (next: number | string | null) => {
    emitted.current = next;
    setValue(formPath(path), next);
  };

  const errorId = `${fieldId(path)}-error`;
  const showError = flagged && !parsed.ok;
  return (
    <>
      <input
        id={fieldId(path)}
        data-path={path}
        form={form}
        aria-label={name}
        inputMode={valueKind === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        readOnly={readOnly}
        value={text}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? errorId : undefined}
        className={`${className} rounded-sm border px-1 py-1 tabular-nums focus:bg-yellow-50 ${
          showError ? 'border-red-600 bg-red-50' : 'border-stone-300 bg-white'
        }`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const result = parse(next);
          recordKey(result.ok ? { value: result.value, typed: undefined } : { value: null, typed: next });
          if (result.ok) {
            emit(result.value);
            typedInputs.set(path, undefined);
            setFlagged(false);
          } else {
            emit(null);
            typedInputs.set(path, next, true);
          }
        }}
        onBlur={() => {
          history.leave(path);
          typedInputs.settle(path);
          if (parsed.ok) setText(show(parsed.value));
          else setFlagged(true);
        }}
      />
      {showError && !parsed.ok ? (
        <span id={errorId} className="mt-0.5 block text-left text-xs leading-tight text-red-700">
          「{text.trim()}」：{parsed.reason}
        </span>
      ) : null}
    </>
  );
});

/** As tall as an input, empty or not: a total appearing never moves the rows below. */
export function TotalCell({ path, name, value }: { path: string; name: string; value: number | null }) {
  return (
    <output
      id={fieldId(path)}
      tabIndex={-1}
      aria-label={name}
      aria-live="off"
      className="block min-h-7.5 px-1 py-1 text-center font-semibold tabular-nums text-stone-800"
    >
      {value ?? ''}
    </output>
  );
}
