'use client';
// What every step reads besides the form itself: the typed-but-invalid cell texts, the findings
// of the checks, and whether this tab may edit.
import { createContext, useContext } from 'react';
import type { Finding } from '@/lib/report/checks/findings';
import type { StepId } from './steps';
import type { CellValues } from '@/components/table/cell-values';
import type { TableHistory } from '@/components/table/history';
import type { TypedInputs } from './typed-inputs';

/** What does not change while the clerk types (so the cells that read it never re-render). */
export type WizardContextValue = {
  draftId: string;
  typedInputs: TypedInputs;
  /** Tells each table cell when its number was set (typed, pasted, filled, fixed, loaded). */
  cellValues: CellValues;
  /** Undo and redo of every change to a table, across the steps. */
  history: TableHistory;
  readOnly: boolean;
  /** Link to a step, optionally to a field on it (focused on arrival). */
  stepHref: (step: StepId, focusPath?: string) => string;
};

export const WizardContext = createContext<WizardContextValue | null>(null);

/** The findings of the checks, recomputed just after the clerk pauses. */
export const FindingsContext = createContext<readonly Finding[]>([]);

export const useFindings = () => useContext(FindingsContext);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard outside the wizard');
  return value;
}

/** The id of the element that holds the field or cell at `path`. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
