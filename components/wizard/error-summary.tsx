'use client';
// The step's problems at the top of the step (GOV.UK error summary): each one a link that
// takes the clerk to the cell or field.
import type { Finding } from '@/lib/report/findings';
import { fieldId } from './wizard-context';

export function focusField(path: string): boolean {
  const target = document.getElementById(fieldId(path));
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement) target.select();
  return true;
}

export function ErrorSummary({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div role="region" aria-labelledby="error-summary-heading" className="mb-6 max-w-4xl rounded border-2 border-red-700 bg-white p-4">
      <h2 id="error-summary-heading" className="font-semibold text-red-800">
        {errors > 0 ? `本页有 ${errors} 个问题需要处理` : '本页有需要留意的地方'}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {findings.map((finding, i) => (
          <li key={`${finding.id}-${finding.path}-${i}`}>
            <a
              href={`#${fieldId(finding.path)}`}
              className={`underline ${finding.severity === 'error' ? 'text-red-800' : 'text-amber-900'}`}
              onClick={(event) => {
                if (focusField(finding.path)) event.preventDefault();
              }}
            >
              {finding.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
