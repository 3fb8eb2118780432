// What a check reports (rules.md): a stable id, a severity, the path of the cell or field the
// clerk should look at first, a message that says what is wrong and what to do, and optionally a
// fix the app may offer (never apply on its own).
import type { TableId } from '../template/layout';
import { documentPosition } from '../paths';

export type Severity = 'error' | 'warning' | 'info';

export type CheckId =
  | 'CELL-BLANK'
  | 'CELL-INVALID'
  | 'META-REQUIRED'
  | 'META-FORMAT'
  | 'SECTION-EMPTY'
  | 'PART-EMPTY'
  | 'T3-BALANCE'
  | 'T3-ROWTOTAL'
  | 'T3-RESULTS'
  | 'T4-TOTAL'
  | 'X-CARRY'
  | 'X-INFORCE'
  | 'X-PROSE'
  | 'X-FEE'
  | 'X-GOV'
  | 'X-COPY'
  | 'X-YEAR'
  | 'X-CHANGE'
  | 'X-DEADLINE';

export type Fix =
  | { kind: 'set'; path: string; value: number; label: string }
  | { kind: 'fillBlanks'; table: TableId; label: string };

export type Finding = { id: CheckId; severity: Severity; path: string; message: string; fix?: Fix };

const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];
export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** How many findings of each severity, as the screen and the command line count them: 「错误 2 项」. */
export const severityCounts = (findings: readonly Finding[]) =>
  SEVERITIES.map((severity) => ({ severity, label: SEVERITY_LABELS[severity], count: findings.filter((f) => f.severity === severity).length }));

/** 「错误 2 项 · 警告 1 项 · 提示 0 项」. */
export const severityCountLine = (findings: readonly Finding[]) => severityCounts(findings).map((c) => `${c.label} ${c.count} 项`).join(' · ');

export const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'error');

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by position in the document (rules.md, Output of `check`). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort(
      (a, b) =>
        rank[a.finding.severity] - rank[b.finding.severity] ||
        documentPosition(a.finding.path) - documentPosition(b.finding.path) ||
        a.i - b.i,
    )
    .map(({ finding }) => finding);
}

/** The one-click answer to CELL-BLANK (here, not in ./content: the table step shows it without loading the checks). */
export const FILL_BLANKS_LABEL = '本表空白格填 0';
