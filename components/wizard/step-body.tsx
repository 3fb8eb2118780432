'use client';
import { Component, Suspense, memo, use, type ReactNode } from 'react';
import { TABLES, type TableSectionId } from '@/lib/report/template/tables';
import { TableStep } from '@/components/table/table-step';
import type * as PreviewModule from '@/components/preview/preview-step';
import { lateChunk } from './late-chunk';
import type * as ProseBodiesModule from './prose-bodies';
import type { ProseBodyId } from './prose-bodies';
import type { StepId } from './steps';

// The steps that are not tables, one chunk: awaited before the wizard opens on one of them (so a
// field named in the URL is there to be focused), loaded when the browser is idle otherwise.
const proseBodies = lateChunk<typeof ProseBodiesModule>(() => import('./prose-bodies'));
// The preview, when the clerk gets there: the print model and the HTML renderer stay out of the other steps.
const preview = lateChunk<typeof PreviewModule>(() => import('@/components/preview/preview-step'));

/** Loads the steps that are not tables ahead of the clerk. */
export const preloadProseBodies = () => proseBodies.preload();

/** What the step needs loaded before it is shown (nothing for the tables). */
export function loadStepBody(step: StepId): Promise<unknown> {
  if (step === 'preview') return preview.load();
  return isProseBody(step) ? proseBodies.load() : Promise.resolve();
}

const isProseBody = (step: StepId): step is ProseBodyId => step === 'meta' || step === 'overview' || step === 'problems' || step === 'other' || step === 'check';

function ProseBody({ step }: { step: ProseBodyId }) {
  const bodies = proseBodies.loaded() ?? use(proseBodies.load());
  return bodies.PROSE_BODIES[step]();
}

function Preview() {
  const { PreviewStep } = preview.loaded() ?? use(preview.load());
  return <PreviewStep />;
}

const TABLE_BODIES = Object.fromEntries(TABLES.map((table) => [table.section, () => <TableStep key={table.id} table={table} />])) as Record<TableSectionId, () => ReactNode>;

function body(step: StepId): ReactNode {
  if (step === 'preview') {
    return (
      <Suspense fallback={<p className="text-stone-600">正在排版…</p>}>
        <Preview />
      </Suspense>
    );
  }
  if (isProseBody(step)) return <ProseBody step={step} />;
  // Keyed: each table is a fresh component (its totals, its messages), not the last one reused.
  return TABLE_BODIES[step]();
}

const STEP_LOAD_FAILED = '无法载入这一步的程序文件（网络中断，或网站已更新）。已填写的内容都保存在本浏览器中，没有丢失；请刷新本页重试。';

/** A step whose code did not load says so where the step would be; the rest of the wizard stays. */
class StepLoadFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    proseBodies.forgetFailure();
    preview.forgetFailure();
  }
  override render() {
    return this.state.failed ? (
      <p role="alert" className="text-red-800">
        {STEP_LOAD_FAILED}
      </p>
    ) : (
      this.props.children
    );
  }
}

/**
 * Memoised: a new set of findings re-renders the summary and the indicator, not the grid. In a
 * read-only tab every field is read-only (not disabled: its text can be selected and copied).
 */
export const StepBody = memo(function StepBody({ step }: { step: StepId }) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">填写内容</legend>
      {/* Keyed by the step: going to another step tries again. */}
      <StepLoadFailed key={step}>
        <Suspense fallback={<p className="text-stone-600">正在载入…</p>}>{body(step)}</Suspense>
      </StepLoadFailed>
    </fieldset>
  );
});
