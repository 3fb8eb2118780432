'use client';
import { AppLink } from '@/components/ui/app-link';
import { STEP_IDS, STEP_TITLES, type StepId, type StepState } from './steps';
import { useWizard } from './wizard-context';

const STATE_STYLE: Record<StepState, string> = {
  未填: 'bg-stone-200 text-stone-700',
  填写中: 'bg-blue-100 text-blue-900',
  已完成: 'bg-green-100 text-green-900',
  需留意: 'bg-amber-100 text-amber-950',
  有问题: 'bg-red-100 text-red-900',
};

/** 检查 and 预览与导出 say nothing before anything is entered. */
const hasState = (step: StepId, state: StepState) => !((step === 'check' || step === 'preview') && state === '未填');

export function StepIndicator({ current, stateOf }: { current: StepId; stateOf: (step: StepId) => StepState }) {
  const { stepHref } = useWizard();
  return (
    <nav aria-label="填写步骤">
      <ol className="space-y-1">
        {STEP_IDS.map((step) => (
          <li key={step}>
            <AppLink
              href={stepHref(step)}
              aria-current={step === current ? 'step' : undefined}
              aria-describedby={hasState(step, stateOf(step)) ? `step-state-${step}` : undefined}
              className={`flex items-start justify-between gap-2 rounded px-2 py-1.5 text-sm leading-snug ${
                step === current ? 'bg-stone-800 text-white' : 'hover:bg-stone-200'
              }`}
            >
              <span>{STEP_TITLES[step]}</span>
              {/* The link is named by the heading alone; the state is its description. */}
              {hasState(step, stateOf(step)) ? (
                <span id={`step-state-${step}`} aria-hidden="true" className={`shrink-0 rounded px-1.5 text-xs leading-5 ${STATE_STYLE[stateOf(step)]}`}>
                  {stateOf(step)}
                </span>
              ) : null}
            </AppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
