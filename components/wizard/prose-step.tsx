'use client';
import type { ReactNode } from 'react';
import { PROSE_HINTS } from '@/lib/report/template/prose-hints';
import type { ProsePart } from '@/lib/report/template/sections';
import { TextField } from './text-field';

/** A prose section: one text area per part, with what to write beside it, and a part's own tools under it. */
export function ProseStep({ intro, parts, tools = {} }: { intro: string; parts: readonly ProsePart[]; tools?: Readonly<Record<string, ReactNode>> }) {
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm leading-relaxed text-stone-700">{intro}</p>
      {parts.map((part) => (
        <div key={part.path}>
          <TextField path={part.path} label={part.label} hint={PROSE_HINTS[part.path]} multiline />
          {tools[part.path]}
        </div>
      ))}
    </div>
  );
}
