'use client';
// Wires a draft's form to storage: every change saved (debounced, flushed on pagehide), the
// findings recomputed just after the clerk pauses, and a last save when the wizard closes.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { bindPageLifecycle, createAutosave } from '@/lib/draft/autosave';
import type { DraftRecord } from '@/lib/draft/record';
import type { Finding } from '@/lib/report/checks/findings';
import type { DraftReport } from '@/lib/report/file/schema';
import { announceSaved, journalStorage } from './draft-channel';
import type { DraftSession } from './draft-session-type';
import { SaveStatusStore, isDurable } from './save-status';
import { DraftJournal } from '@/lib/draft/journal';
import { getAt } from '@/lib/report/paths';
import type { StepId } from './steps';
import type { TypedInputs } from './typed-inputs';

const FINDINGS_DELAY_MS = 120;

type Options = {
  record: DraftRecord;
  /** The store and the checks, loaded with the draft. */
  session: DraftSession;
  form: UseFormReturn<DraftReport>;
  typedInputs: TypedInputs;
  step: StepId;
  readOnly: boolean;
  /** Receives the promise of the last save when the wizard closes (the tab lock waits for it). */
  onClose: (lastSave: Promise<void>) => void;
};

export function useDraftAutosave({ record, session, form, typedInputs, step, readOnly, onClose }: Options) {
  const [findings, setFindings] = useState<Finding[]>(() => session.inputFindings(record.report, typedInputs.settled(), new Date()));
  const [status] = useState(() => new SaveStatusStore({ state: 'saved', at: new Date(record.savedAt) }));
  const stepRef = useRef(step);
  const scheduleRef = useRef<(() => void) | null>(null);
  const journalRef = useRef<DraftJournal | null>(null);

  useEffect(() => {
    // NOTE: the live form values, not a copy: autosave validates (and so copies) the record when
    // it saves, and IndexedDB clones what it stores; copying here would cost every keystroke.
    // The revision this tab last read or stored: a save over another tab's newer one is refused.
    let revision = record.revision;
    const snapshot = (): DraftRecord => ({ ...record, revision, step: stepRef.current, report: form.getValues(), inputs: typedInputs.snapshot() });
    const journal = readOnly ? null : new DraftJournal(journalStorage(), record.id);
    journalRef.current = journal;
    const save = async (r: DraftRecord) => {
      const mark = journal?.mark ?? 0;
      // The count the home page lists, taken from what is stored (a save, not a keystroke: ≤ 1 a second).
      const result = await session.saveDraft({ ...r, revision });
      if (result.ok) {
        revision = result.value.revision;
        journal?.stored(mark);
        announceSaved(record.id);
      }
      return result;
    };
    const autosave = readOnly ? null : createAutosave({ save, onStatus: status.set });
    scheduleRef.current = () => autosave?.schedule(snapshot());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      autosave?.schedule(snapshot());
      clearTimeout(timer);
      // A transition: the next keystroke interrupts re-rendering the summary and the indicator.
      timer = setTimeout(
        () => startTransition(() => setFindings(session.inputFindings(form.getValues(), typedInputs.settled(), new Date()))),
        FINDINGS_DELAY_MS,
      );
    };
    // The write-ahead copy first, in the keystroke's own task: nothing typed waits for IndexedDB.
    const watching = form.watch((values, { name }) => {
      journal?.value(name ?? '', name ? getAt(values, name) : values);
      changed();
    });
    const unsubscribe = typedInputs.subscribe((path) => {
      if (path !== undefined) journal?.typed(path, typedInputs.get(path));
      changed();
    });
    const unbind = autosave ? bindPageLifecycle(window, () => void autosave.flush()) : () => {};
    return () => {
      watching.unsubscribe();
      unsubscribe();
      unbind();
      clearTimeout(timer);
      scheduleRef.current = null;
      onClose(autosave ? autosave.flush().then(() => autosave.dispose()) : Promise.resolve());
    };
  }, [form, onClose, readOnly, record, session, status, typedInputs]);

  // The step is part of the draft: a new step is saved (opening the draft saves nothing).
  useEffect(() => {
    if (stepRef.current === step) return;
    stepRef.current = step;
    journalRef.current?.step(step);
    scheduleRef.current?.();
  }, [step]);

  // Leaving the page while a change is not yet stored (still to be saved, or its save failed) asks first.
  useEffect(() => {
    if (readOnly) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (isDurable(status.get())) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [readOnly, status]);

  return { findings, status };
}
