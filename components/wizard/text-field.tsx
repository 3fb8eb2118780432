'use client';
import { useFormContext, useFormState, type RegisterOptions } from 'react-hook-form';
import type { DraftReport } from '@/lib/report/file/schema';
import { FieldLabel } from './field-label';
import { cleanTypedText } from '@/components/ui/typed-text';
import { formPath } from './form-path';
import { fieldId, useWizard } from './wizard-context';

type Props = {
  path: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'url' | 'email' | 'tel' | 'date';
  validate?: (value: string) => string | null;
  className?: string;
  required?: boolean;
};

/** A labelled text field or text area bound to a report field; a format problem shows below it. */
export function TextField({ path, label, hint, multiline, type = 'text', validate, className, required }: Props) {
  const { register, getFieldState } = useFormContext<DraftReport>();
  // Subscribes this field only: reading the root form state would re-render the whole wizard.
  const formState = useFormState<DraftReport>({ name: formPath(path) });
  const { readOnly } = useWizard();
  const id = fieldId(path);
  const message = getFieldState(formPath(path), formState).error?.message;
  // lastYear.keyFigures is keyed by path, so the form's types allow a nested error under any key.
  const error = typeof message === 'string' ? message : undefined;
  const rules: RegisterOptions<DraftReport> = validate ? { validate: (v) => (typeof v === 'string' ? (validate(v) ?? true) : true) } : {};
  const registered = register(formPath(path), rules);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
    className: `mt-1 block w-full rounded border px-2 py-1.5 ${error ? 'border-red-600' : 'border-stone-400'} bg-white`,
    ...registered,
    onChange: (event: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      cleanTypedText(event.target);
      return registered.onChange(event);
    },
  };
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} label={label} required={required} />
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={5} {...props} /> : <input type={type} autoComplete="off" {...props} />}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
