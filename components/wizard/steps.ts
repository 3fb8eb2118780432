// The wizard's steps: one ordered list, one record of titles, and what each step's state is.
import type { Finding } from '@/lib/report/checks/findings';
import { getAt, sectionPaths } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { SECTION_HEADINGS, SECTION_IDS, type SectionId } from '@/lib/report/template/sections';
import { isBlank } from '@/lib/report/values';

export const STEP_IDS = ['meta', ...SECTION_IDS, 'check', 'preview'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  meta: '基本信息',
  ...SECTION_HEADINGS,
  check: '检查',
  preview: '预览与导出',
};

/** The address of a draft's step, optionally focusing a field on arrival (the step lives in the URL). */
export const reportHref = (id: string, step: StepId, focusPath?: string) =>
  `/report/?id=${encodeURIComponent(id)}&step=${step}${focusPath ? `&focus=${encodeURIComponent(focusPath)}` : ''}`;

export const isStepId = (value: unknown): value is StepId => typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);

/** The step where a field is filled in. */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  if (head === 'preface') return 'meta';
  return isStepId(head) ? head : 'check';
}

/** The fields whose being filled in tells whether a step has been started. */
const STEP_FIELDS: Record<'meta' | SectionId, readonly string[]> = {
  meta: ['meta.agency'],
  ...(Object.fromEntries(SECTION_IDS.map((section) => [section, sectionPaths(section)])) as Record<SectionId, string[]>),
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
