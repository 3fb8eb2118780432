'use client';
// The error summary's box when there is something in it: its heading counts the step's errors and
// what needs a second look, and each finding is a link to its cell or field (./error-summary).
import { focusField, type FindingsProps } from './error-summary';
import { fieldId } from './wizard-context';

export function ErrorSummaryList({ findings }: FindingsProps) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const notes = findings.length - errors;
  // The count says what the list holds: errors first, then what only needs a second look.
  const heading = errors > 0 ? `本页有 ${errors} 个问题需要处理${notes > 0 ? `，另有 ${notes} 处需要留意` : ''}` : `本页有 ${notes} 处需要留意`;
  return (
    <div
      id="error-summary"
      role="region"
      aria-labelledby="error-summary-heading"
      tabIndex={0}
      className={`max-w-4xl rounded border-2 bg-white px-4 py-3 ${errors > 0 ? 'border-red-700' : 'border-amber-600'}`}
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
