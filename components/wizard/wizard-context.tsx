'use client';
// What every step reads besides the form itself: the typed-but-invalid cell texts, the findings
// of the checks, and whether this tab may edit.
import { createContext, useContext } from 'react';
import type { Finding } from '@/lib/report/findings';
import type { StepId } from './steps';
import type { TypedInputs } from './typed-inputs';

export type WizardContextValue = {
  draftId: string;
  typedInputs: TypedInputs;
  findings: readonly Finding[];
  readOnly: boolean;
  /** Link to a step, optionally to a field on it (focused on arrival). */
  stepHref: (step: StepId, focusPath?: string) => string;
};

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard outside the wizard');
  return value;
}

/** The id of the element that holds the field or cell at `path`. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
