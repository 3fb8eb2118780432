// The wizard's steps by id, and a step's address: all the home page needs of them (steps.ts adds
// their titles and states, which bring the template's tables along).
import { SECTION_IDS } from '@/lib/report/template/sections';

export const STEP_IDS = ['meta', ...SECTION_IDS, 'check', 'preview'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The address of a draft's step, optionally focusing a field on arrival (the step lives in the URL). */
export const reportHref = (id: string, step: StepId, focusPath?: string) =>
  `/report/?id=${encodeURIComponent(id)}&step=${step}${focusPath ? `&focus=${encodeURIComponent(focusPath)}` : ''}`;

export const isStepId = (value: unknown): value is StepId => typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
