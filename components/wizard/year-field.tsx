'use client';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { yearProblem } from '@/lib/report/checks/meta-formats';
import type { DraftReport } from '@/lib/report/file/schema';
import { fieldLabel } from '@/lib/report/template/sections';
import { FieldLabel } from './field-label';
import { fieldId, useWizard } from './wizard-context';

/** 报告年度: typed as text, stored as a number; checked when the clerk leaves the field. */
export function YearField() {
  const { readOnly, typedInputs } = useWizard();
  const {
    field: { value, onChange, onBlur, ref },
  } = useController<DraftReport, 'meta.year'>({ name: 'meta.year' });
  const [text, setText] = useState(() => typedInputs.get('meta.year') ?? (value === null ? '' : String(value)));
  const [problem, setProblem] = useState<string | null>(null);
  const id = fieldId('meta.year');
  // Set from outside (a read-only tab following the writing one): show it.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== null && String(value) !== text.normalize('NFKC').trim()) setText(String(value));
  }
  return (
    <div>
      <FieldLabel htmlFor={id} label={fieldLabel('meta.year')} required />
      <input
        id={id}
        ref={ref}
        inputMode="numeric"
        autoComplete="off"
        readOnly={readOnly}
        aria-required
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        className={`mt-1 block w-32 rounded border px-2 py-1.5 ${problem ? 'border-red-600' : 'border-stone-400'} bg-white`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const digits = next.normalize('NFKC').trim();
          const valid = /^[0-9]{4}$/.test(digits);
          onChange(valid ? Number(digits) : null);
          typedInputs.set('meta.year', valid || digits === '' ? undefined : next, true);
          if (problem && !yearProblem(next, new Date().getFullYear())) setProblem(null);
        }}
        onBlur={() => {
          onBlur();
          typedInputs.settle('meta.year');
          const digits = text.normalize('NFKC').trim();
          if (/^[0-9]{4}$/.test(digits)) setText(digits);
          setProblem(yearProblem(text, new Date().getFullYear()));
        }}
      />
      {problem ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
