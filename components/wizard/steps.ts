// The wizard's steps: one ordered list, one record of titles, and what each step's state is.
import type { Finding } from '@/lib/report/checks/findings';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS, SECTION_HEADINGS } from '@/lib/report/template/sections';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';

export const STEP_IDS = ['meta', 'overview', 'proactive', 'applications', 'review', 'problems', 'other', 'check', 'preview'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  meta: '基本信息',
  ...SECTION_HEADINGS,
  check: '检查',
  preview: '预览与导出',
};

export const isStepId = (value: unknown): value is StepId => typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);

/** The step where a field is filled in. */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  if (head === 'preface') return 'meta';
  return isStepId(head) ? head : 'check';
}

/** The fields whose being filled in tells whether a step has been started. */
const STEP_FIELDS: Record<Exclude<StepId, 'check' | 'preview'>, readonly string[]> = {
  meta: ['meta.agency'],
  overview: OVERVIEW_PARTS.map((p) => p.path),
  proactive: INPUT_CELLS.filter((c) => c.table.id === 'table2').map((c) => c.path),
  applications: INPUT_CELLS.filter((c) => c.table.id === 'table3').map((c) => c.path),
  review: INPUT_CELLS.filter((c) => c.table.id === 'table4').map((c) => c.path),
  problems: PROBLEMS_PARTS.map((p) => p.path),
  other: ['other.fees.charged', ...OTHER_PARTS.map((p) => p.path)],
};

export type StepState = '未填' | '填写中' | '已完成' | '有问题';

// Findings that only say something is not filled in yet: they make a step 填写中, not 有问题.
const INCOMPLETE = new Set(['CELL-BLANK', 'SECTION-EMPTY', 'META-REQUIRED']);


/** 未填 nothing entered; 有问题 an error beyond blanks (arithmetic, a typed non-number); 填写中 blanks left; 已完成. */
export function stepState(step: StepId, report: DraftReport, findings: readonly Finding[]): StepState {
  const whole = step === 'check' || step === 'preview';
  const errors = findings.filter((f) => f.severity === 'error' && (whole || stepOfPath(f.path) === step));
  const problems = errors.filter((f) => !INCOMPLETE.has(f.id));
  if (!whole && problems.length === 0 && STEP_FIELDS[step].every((path) => isBlank(getAt(report, path)))) return '未填';
  if (problems.length > 0) return '有问题';
  return errors.length > 0 ? '填写中' : '已完成';
}
