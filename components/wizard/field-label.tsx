// A field's label, with 「必填」 beside it when the report cannot go without it (the input says so
// to a screen reader with aria-required, so the mark itself is not read twice).
export const REQUIRED_MARK = '必填';

export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-medium">
      {label}
      {required ? (
        <span aria-hidden="true" className="ml-2 rounded bg-red-50 px-1 text-xs font-normal text-red-800">
          {REQUIRED_MARK}
        </span>
      ) : null}
    </label>
  );
}
