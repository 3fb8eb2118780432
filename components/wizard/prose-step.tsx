'use client';
import type { ProsePart } from '@/lib/report/template/sections';
import { TextField } from './text-field';

/** A prose section: one text area per part, with what to write beside it. */
export function ProseStep({ intro, parts }: { intro: string; parts: readonly ProsePart[] }) {
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm leading-relaxed text-stone-700">{intro}</p>
      {parts.map((part) => (
        <TextField key={part.path} path={part.path} label={part.label} hint={part.hint} multiline />
      ))}
    </div>
  );
}
