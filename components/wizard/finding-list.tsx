// The findings of one report as 检查 lists them: grouped by the step they belong to, a badge per
// severity, the message — a link to its cell or field in the wizard, or plain text where the report
// is not open (汇总与核查) — and an action beside it (检查's fix).
import { AppLink } from '@/components/ui/app-link';
import type { ReactNode } from 'react';
import { SEVERITY_LABELS, type Finding } from '@/lib/report/checks/findings';
import { STEP_IDS, STEP_TITLES, stepOfPath } from './steps';

const BADGE: Record<Finding['severity'], string> = {
  error: 'bg-red-700 text-white',
  warning: 'bg-amber-200 text-amber-950',
  info: 'bg-sky-100 text-sky-900',
};

type Props = {
  findings: readonly Finding[];
  /** Makes the groups' heading ids unique on the page. */
  idPrefix: string;
  /** The heading level of a group (its section's level + 1). */
  level?: 2 | 3;
  link?: (finding: Finding) => string;
  action?: (finding: Finding) => ReactNode;
};

export function FindingList({ findings, idPrefix, level = 2, link, action }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const groups = STEP_IDS.map((step) => ({ step, items: findings.filter((f) => stepOfPath(f.path) === step) })).filter((g) => g.items.length > 0);
  return groups.map(({ step, items }) => (
    <section key={step} aria-labelledby={`${idPrefix}-${step}`}>
      <Heading id={`${idPrefix}-${step}`} className={level === 2 ? 'text-lg font-semibold' : 'font-semibold'}>
        {step === 'check' ? '其他' : STEP_TITLES[step]}
      </Heading>
      <ul className="mt-2 space-y-2">
        {items.map((f, i) => (
          <li key={`${f.id}-${f.path}-${i}`} className="flex flex-wrap items-start gap-2">
            <span className={`shrink-0 rounded px-1.5 text-xs leading-5 ${BADGE[f.severity]}`}>{SEVERITY_LABELS[f.severity]}</span>
            {link ? (
              <AppLink href={link(f)} className="flex-1 text-sm underline">
                {f.message}
              </AppLink>
            ) : (
              <span className="flex-1 text-sm">{f.message}</span>
            )}
            {action?.(f)}
          </li>
        ))}
      </ul>
    </section>
  ));
}
