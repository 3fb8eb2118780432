'use client';
import { useId, useState } from 'react';

/** The 条例 definition behind a row, one click away. */
export function RowHelp({ label, help }: { label: string; help: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${label}：说明`}
        className="ml-1 rounded-full border border-stone-400 px-1.5 text-xs leading-4 text-stone-700 hover:bg-stone-100"
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      <span id={id} hidden={!open} className="mt-1 block text-xs font-normal leading-snug text-stone-700">
        {help}
      </span>
    </>
  );
}
