'use client';
// The step's problems at the top of the step (GOV.UK error summary): each one a link that
// takes the clerk to the cell or field.
import type { Finding } from '@/lib/report/checks/findings';
import { fieldId } from './wizard-context';

export function focusField(path: string): boolean {
  const target = document.getElementById(fieldId(path));
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement) target.select();
  return true;
}

/** Always the same height (it scrolls), so the form below never moves while the clerk types. */
export function ErrorSummary({ findings }: { findings: readonly Finding[] }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const notes = findings.length - errors;
  // The count says what the list holds: errors first, then what only needs a second look.
  const heading =
    errors > 0 ? `本页有 ${errors} 个问题需要处理${notes > 0 ? `，另有 ${notes} 处需要留意` : ''}` : notes > 0 ? `本页有 ${notes} 处需要留意` : '本页暂未发现问题';
  const tone = errors > 0 ? 'border-red-700' : findings.length > 0 ? 'border-amber-600' : 'border-stone-300';
  return (
    <div
      id="error-summary"
      role="region"
      aria-labelledby="error-summary-heading"
      tabIndex={findings.length > 0 ? 0 : -1}
      className={`mb-6 h-32 max-w-4xl overflow-y-auto rounded border-2 bg-white px-4 py-3 ${tone}`}
    >
      <h2 id="error-summary-heading" className={`font-semibold ${errors > 0 ? 'text-red-800' : 'text-stone-700'}`}>
        {heading}
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
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
