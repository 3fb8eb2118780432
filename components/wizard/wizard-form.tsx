'use client';
import { AppLink } from '@/components/ui/app-link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { CellValues } from '@/components/table/cell-values';
import { TableHistory } from '@/components/table/history';
import type { DraftRecord } from '@/lib/draft/record';
import { reportTitle } from '@/lib/report/title';
import type { DraftReport } from '@/lib/report/file/schema';
import type { DraftSession } from './draft-session-type';
import { ErrorSummary, focusField } from './error-summary';
import { SaveStatusLine, isDurable } from './save-status';
import { SaveToFile } from './save-to-file';
import { StepBody, preloadProseBodies } from './step-body';
import { StepIndicator } from './step-indicator';
import { STEP_IDS, STEP_TITLES, reportHref, stepOfPath, stepState, type StepId } from './steps';
import { TypedInputs } from './typed-inputs';
import { useDraftAutosave } from './use-draft-autosave';
import { FindingsContext, WizardContext, type WizardContextValue } from './wizard-context';

type Props = { record: DraftRecord; readOnly: boolean; session: DraftSession; step: StepId; focus: string | null; onClose: (lastSave: Promise<void>) => void };

const LEAVE_UNSAVED = '最近的修改还没有保存到本浏览器（正在保存，或保存没有成功）。现在离开，这些修改可能丢失。确定离开吗？';

const READ_ONLY_NOTICE = '此报告已在另一个标签页中打开。为避免互相覆盖，这里只能查看（内容随那个标签页的修改更新，可以选中复制）；请回到那个标签页继续填写，或关闭它后刷新本页。';

function Title() {
  const meta = useWatch<DraftReport, 'meta'>({ name: 'meta' });
  return <p className="truncate font-semibold">{reportTitle(meta)}</p>;
}

export function WizardForm({ record, readOnly, session, step, focus, onClose }: Props) {
  const router = useRouter();
  const form = useForm<DraftReport>({ defaultValues: record.report, mode: 'onBlur', reValidateMode: 'onChange' });
  const [typedInputs] = useState(() => new TypedInputs(record.inputs));
  const [cellValues] = useState(() => new CellValues());
  const [history] = useState(() => new TableHistory());
  useEffect(() => {
    const subscription = form.watch((_, { name }) => cellValues.changed(name));
    return () => subscription.unsubscribe();
  }, [cellValues, form]);
  const { findings, status } = useDraftAutosave({ record, session, form, typedInputs, step, readOnly, onClose });

  // The steps that are not tables, once the wizard is on screen and the browser is idle: the next
  // step is there when the clerk goes to it (and the service worker has it for an offline visit).
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(preloadProseBodies, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(preloadProseBodies, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);

  // A read-only tab is handed the draft anew as the writing tab saves it: show it.
  const shown = useRef(record);
  useEffect(() => {
    if (!readOnly || shown.current === record) return;
    shown.current = record;
    typedInputs.replace(record.inputs);
    form.reset(record.report);
  }, [form, readOnly, record, typedInputs]);

  // A new step: put the focus where the clerk is going — a field named by a link; else the error
  // summary when the step has problems (GOV.UK), so they are heard first; else the heading.
  const hasProblems = useRef(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (focus && focusField(focus)) return;
      const summary = hasProblems.current ? document.getElementById('error-summary') : null;
      (summary ?? document.getElementById('step-heading'))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [step, focus]);

  const context = useMemo<WizardContextValue>(
    () => ({
      draftId: record.id,
      typedInputs,
      cellValues,
      history,
      readOnly,
      stepHref: (target, focusPath) => reportHref(record.id, target, focusPath),
    }),
    [cellValues, history, readOnly, record.id, typedInputs],
  );

  const report = form.getValues();
  const stateOf = (s: StepId) => stepState(s, report, findings);
  const here = STEP_IDS.indexOf(step);
  const [previous, next] = [STEP_IDS[here - 1], STEP_IDS[here + 1]];
  const stepFindings = step === 'check' || step === 'preview' || stateOf(step) === '未填' ? [] : findings.filter((f) => f.severity !== 'info' && stepOfPath(f.path) === step);
  const problemsHere = stateOf(step) === '有问题';
  useEffect(() => {
    hasProblems.current = problemsHere;
  });

  return (
    <FormProvider {...form}>
      <WizardContext.Provider value={context}>
        <FindingsContext.Provider value={findings}>
          <div className="min-h-screen">
            <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-stone-300 bg-white px-4 py-2">
              <AppLink
                href="/"
                className="font-bold text-red-800"
                onClick={(event) => {
                  if (!readOnly && !isDurable(status.get()) && !window.confirm(LEAVE_UNSAVED)) event.preventDefault();
                }}
              >
                年报助手
              </AppLink>
              <div className="min-w-0 flex-1">
                <Title />
                <SaveStatusLine store={status} readOnly={readOnly} />
              </div>
              <SaveToFile readOnly={readOnly} />
            </header>
            {readOnly ? (
              <p role="alert" className="bg-amber-100 px-4 py-2 text-amber-950">
                {READ_ONLY_NOTICE}
              </p>
            ) : null}
            <div className="flex flex-col gap-6 px-4 py-6 lg:flex-row">
              <aside className="lg:w-72 lg:shrink-0">
                <StepIndicator current={step} stateOf={stateOf} />
              </aside>
              <main className="min-w-0 flex-1">
                <h1 id="step-heading" tabIndex={-1} className="mb-4 text-2xl font-bold">
                  {STEP_TITLES[step]}
                </h1>
                {step === 'check' || step === 'preview' ? null : <ErrorSummary findings={stepFindings} List={session.ErrorSummaryList} />}
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
        </FindingsContext.Provider>
      </WizardContext.Provider>
    </FormProvider>
  );
}
