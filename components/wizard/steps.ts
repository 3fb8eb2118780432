// The wizard's steps: one ordered list, one record of titles, and what each step's state is.
import type { Finding } from '@/lib/report/checks/findings';
import { getAt, sectionPaths } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { META_FIELDS, SECTION_HEADINGS, SECTION_IDS, type SectionId } from '@/lib/report/template/sections';
import { isBlank } from '@/lib/report/values';

import { STEP_IDS, isStepId, type StepId } from './step-ids';

export { STEP_IDS, isStepId, reportHref, type StepId } from './step-ids';

export const STEP_TITLES: Record<StepId, string> = {
  meta: '基本信息',
  ...SECTION_HEADINGS,
  check: '检查',
  preview: '预览与导出',
};


/** The step where a field is filled in. */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  if (head === 'preface') return 'meta';
  return isStepId(head) ? head : 'check';
}

/**
 * The fields whose being filled in tells whether a step has been started. 基本信息: what the clerk
 * types (报告年度 and 机关类型 come filled in with a new report).
 */
const STEP_FIELDS: Record<'meta' | SectionId, readonly string[]> = {
  meta: ['preface', ...META_FIELDS.map((f) => f.path).filter((path) => path !== 'meta.year' && path !== 'meta.agencyKind')],
  ...(Object.fromEntries(SECTION_IDS.map((section) => [section, sectionPaths(section)])) as Record<SectionId, string[]>),
};

export type StepState = '未填' | '填写中' | '需留意' | '已完成' | '有问题';

// Findings that only say something is not filled in yet: they make a step 填写中, not 有问题.
const INCOMPLETE = new Set(['CELL-BLANK', 'SECTION-EMPTY', 'META-REQUIRED']);
// Text carried over from last year (rules.md X-COPY, X-YEAR): the step needs a second look.
const CARRIED_OVER = new Set(['X-COPY', 'X-YEAR']);

const isWhole = (step: StepId) => step === 'check' || step === 'preview';

/**
 * 未填 nothing entered; 有问题 an error beyond blanks (arithmetic, a typed non-number); 填写中
 * blanks or required fields left; 需留意 text largely last year's; 已完成. 检查 and 预览与导出 speak
 * for the whole report, and are 未填 while every step is.
 */
export function stepState(step: StepId, report: DraftReport, findings: readonly Finding[]): StepState {
  const whole = isWhole(step);
  if (whole && STEP_IDS.every((s) => isWhole(s) || stepState(s, report, findings) === '未填')) return '未填';
  const here = findings.filter((f) => whole || stepOfPath(f.path) === step);
  const errors = here.filter((f) => f.severity === 'error');
  const problems = errors.filter((f) => !INCOMPLETE.has(f.id));
  if (!whole && problems.length === 0 && STEP_FIELDS[step].every((path) => isBlank(getAt(report, path)))) return '未填';
  if (problems.length > 0) return '有问题';
  if (errors.length > 0) return '填写中';
  return here.some((f) => CARRIED_OVER.has(f.id)) ? '需留意' : '已完成';
}
