'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { bindPageLifecycle, createAutosave, type SaveStatus } from '@/lib/draft/autosave';
import type { DraftRecord } from '@/lib/draft/record';
import type { Finding } from '@/lib/report/findings';
import { reportTitle } from '@/lib/report/preface';
import type { DraftReport } from '@/lib/report/schema';
import { draftStore } from './draft-store';
import { ErrorSummary, focusField } from './error-summary';
import { wizardFindings } from './findings';
import { SaveStatusLine } from './save-status';
import { SaveToFile } from './save-to-file';
import { StepBody } from './step-body';
import { StepIndicator } from './step-indicator';
import { STEP_IDS, STEP_TITLES, stepOfPath, stepState, type StepId } from './steps';
import { TypedInputs } from './typed-inputs';
import { WizardContext, type WizardContextValue } from './wizard-context';

type Props = { record: DraftRecord; readOnly: boolean; step: StepId; focus: string | null };

const FINDINGS_DELAY_MS = 120;

function Title() {
  const meta = useWatch<DraftReport, 'meta'>({ name: 'meta' });
  return <p className="truncate font-semibold">{reportTitle(meta)}</p>;
}

export function WizardForm({ record, readOnly, step, focus }: Props) {
  const router = useRouter();
  const form = useForm<DraftReport>({ defaultValues: record.report, mode: 'onBlur', reValidateMode: 'onChange' });
  const [typedInputs] = useState(() => new TypedInputs(record.inputs));
  const [findings, setFindings] = useState<Finding[]>(() => wizardFindings(record.report, record.inputs));
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: new Date(record.savedAt) });
  const stepRef = useRef(step);
  const saveRef = useRef<((r: DraftRecord) => void) | null>(null);

  const snapshot = useCallback(
    (): DraftRecord => ({ ...record, step: stepRef.current, report: structuredClone(form.getValues()), inputs: typedInputs.snapshot() }),
    [form, record, typedInputs],
  );

  useEffect(() => {
    if (readOnly) return;
    const autosave = createAutosave({ save: (r) => draftStore().save(r), onStatus: setStatus });
    saveRef.current = (r) => autosave.schedule(r);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      autosave.schedule(snapshot());
      clearTimeout(timer);
      timer = setTimeout(() => setFindings(wizardFindings(form.getValues(), typedInputs.snapshot())), FINDINGS_DELAY_MS);
    };
    const watching = form.watch(changed);
    const unsubscribe = typedInputs.subscribe(changed);
    const unbind = bindPageLifecycle(window, () => void autosave.flush());
    return () => {
      watching.unsubscribe();
      unsubscribe();
      unbind();
      clearTimeout(timer);
      void autosave.flush().then(() => autosave.dispose());
      saveRef.current = null;
    };
  }, [form, readOnly, snapshot, typedInputs]);

  // A new step: remember it in the draft, and put the focus where the clerk is going.
  useEffect(() => {
    stepRef.current = step;
    saveRef.current?.(snapshot());
    const frame = requestAnimationFrame(() => {
      if (!(focus && focusField(focus))) document.getElementById('step-heading')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [step, focus, snapshot]);

  const context = useMemo<WizardContextValue>(
    () => ({
      draftId: record.id,
      typedInputs,
      findings,
      readOnly,
      stepHref: (target, focusPath) => `/report/?id=${encodeURIComponent(record.id)}&step=${target}${focusPath ? `&focus=${encodeURIComponent(focusPath)}` : ''}`,
    }),
    [findings, readOnly, record.id, typedInputs],
  );

  const report = form.getValues();
  const states = Object.fromEntries(STEP_IDS.map((s) => [s, stepState(s, report, findings)])) as Record<StepId, ReturnType<typeof stepState>>;
  const here = STEP_IDS.indexOf(step);
  const [previous, next] = [STEP_IDS[here - 1], STEP_IDS[here + 1]];
  const stepFindings = step === 'check' || states[step] === '未填' ? [] : findings.filter((f) => f.severity !== 'info' && stepOfPath(f.path) === step);

  return (
    <FormProvider {...form}>
      <WizardContext.Provider value={context}>
        <div className="min-h-screen">
          <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-stone-300 bg-white px-4 py-2">
            <Link href="/" className="font-bold text-red-800">
              年报助手
            </Link>
            <div className="min-w-0 flex-1">
              <Title />
              <SaveStatusLine status={status} readOnly={readOnly} />
            </div>
            <SaveToFile />
          </header>
          {readOnly ? (
            <p role="alert" className="bg-amber-100 px-4 py-2 text-amber-950">
              此报告已在另一个标签页中打开。为避免互相覆盖，这里只能查看；请回到那个标签页继续填写，或关闭它后刷新本页。
            </p>
          ) : null}
          <div className="flex flex-col gap-6 px-4 py-6 lg:flex-row">
            <aside className="lg:w-72 lg:shrink-0">
              <StepIndicator current={step} states={states} />
            </aside>
            <main className="min-w-0 flex-1">
              <h1 id="step-heading" tabIndex={-1} className="mb-4 text-2xl font-bold">
                {STEP_TITLES[step]}
              </h1>
              <ErrorSummary findings={stepFindings} />
              <StepBody step={step} />
              <nav aria-label="上一步和下一步" className="mt-10 flex flex-wrap justify-between gap-4 border-t border-stone-300 pt-4">
                {previous ? (
                  <button type="button" className="rounded border border-stone-500 bg-white px-4 py-2" onClick={() => router.push(context.stepHref(previous))}>
                    上一步：{STEP_TITLES[previous]}
                  </button>
                ) : (
                  <span />
                )}
                {next ? (
                  <button type="button" className="rounded bg-stone-800 px-4 py-2 text-white" onClick={() => router.push(context.stepHref(next))}>
                    下一步：{STEP_TITLES[next]}
                  </button>
                ) : null}
              </nav>
            </main>
          </div>
        </div>
      </WizardContext.Provider>
    </FormProvider>
  );
}
