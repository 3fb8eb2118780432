'use client';
// The step's problems at the top of the step (GOV.UK error summary): each one a link that
// takes the clerk to the cell or field. Shown only when there is something to say; it lists all
// of them, and its heading counts what it lists.
import { useLayoutEffect, useRef } from 'react';
import type { Finding } from '@/lib/report/checks/findings';
import { fieldId } from './wizard-context';

export function focusField(path: string): boolean {
  const target = document.getElementById(fieldId(path));
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement) target.select();
  return true;
}

/**
 * When the summary grows or shrinks while the clerk works below it, the page scrolls by as much,
 * so the field being typed in stays where it is on the screen.
 */
function useKeepFocusInPlace(content: string) {
  const box = useRef<HTMLDivElement>(null);
  const height = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const before = height.current;
    height.current = element.offsetHeight;
    const active = document.activeElement;
    const below = active instanceof HTMLElement && Boolean(element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (before !== null && before !== height.current && below) window.scrollBy(0, height.current - before);
  }, [content]);
  return box;
}

export function ErrorSummary({ findings }: { findings: readonly Finding[] }) {
  const box = useKeepFocusInPlace(findings.map((f) => f.message).join('\n'));
  // NOTE: the space below it is padding, not margin: it counts in the height that is kept in place.
  return (
    <div ref={box} className={findings.length > 0 ? 'pb-6' : undefined}>
      {findings.length > 0 ? <Summary findings={findings} /> : null}
    </div>
  );
}

function Summary({ findings }: { findings: readonly Finding[] }) {
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
