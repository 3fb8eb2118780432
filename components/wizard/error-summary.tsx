'use client';
// The step's problems at the top of the step (GOV.UK error summary): each one a link that
// takes the clerk to the cell or field. Shown only when there is something to say; it lists all
// of them, and its heading counts what it lists. The list itself (./error-summary-list) comes
// with the checks that find what it lists, in the draft session (./draft-session).
import { useLayoutEffect, useRef, type ComponentType } from 'react';
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

export type FindingsProps = { findings: readonly Finding[] };

export function ErrorSummary({ findings, List }: FindingsProps & { List: ComponentType<FindingsProps> }) {
  const box = useKeepFocusInPlace(findings.map((f) => f.message).join('\n'));
  // NOTE: the space below it is padding, not margin: it counts in the height that is kept in place.
  return (
    <div ref={box} className={findings.length > 0 ? 'pb-6' : undefined}>
      {findings.length > 0 ? <List findings={findings} /> : null}
    </div>
  );
}
