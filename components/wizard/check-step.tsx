'use client';
// 检查: every finding of rules.md for the whole report, grouped by section, errors first, each
// linking to its cell or field; counts per severity; and what is still blank.
import { AppLink } from '@/components/ui/app-link';
import { Fragment } from 'react';
import { useFormContext } from 'react-hook-form';
import { severityCounts, type Finding, type Fix } from '@/lib/report/checks/findings';
import { getAt } from '@/lib/report/paths';
import type { DraftReport } from '@/lib/report/file/schema';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from '@/lib/report/template/sections';
import { INPUT_CELLS, TABLES } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';
import { fillBlankCells, writeCells } from '@/components/table/fill';
import { FindingList } from './finding-list';
import { STEP_TITLES, stepOfPath } from './steps';
import { useFindings, useWizard } from './wizard-context';

const OPTIONAL = new Set(OTHER_PARTS.map((p) => p.path));

function StillBlank({ report }: { report: DraftReport }) {
  const tables = TABLES.map((t) => ({ t, n: INPUT_CELLS.filter((c) => c.table === t && isBlank(getAt(report, c.path))).length })).filter((x) => x.n > 0);
  const parts = [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].filter((p) => isBlank(getAt(report, p.path)));
  if (tables.length === 0 && parts.length === 0) return <p>所有表格和段落都已填写。</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {tables.map(({ t, n }) => (
        <li key={t.id}>
          {t.shortName}（{t.caption}）：{n} 个空白格
        </li>
      ))}
      {parts.map((p) => (
        <li key={p.path}>
          {STEP_TITLES[stepOfPath(p.path)]}「{p.label}」{OPTIONAL.has(p.path) ? '（没有可不写）' : ''}
        </li>
      ))}
    </ul>
  );
}

function FixButton({ fix, disabled, onApply }: { fix: Fix; disabled: boolean; onApply: (fix: Fix, at: HTMLElement) => void }) {
  return (
    <button type="button" disabled={disabled} className="rounded border border-stone-500 bg-white px-2 text-sm hover:bg-stone-100" onClick={(e) => onApply(fix, e.currentTarget)}>
      {fix.label}
    </button>
  );
}

export function CheckStep() {
  const form = useFormContext<DraftReport>();
  const { stepHref, typedInputs, history, readOnly } = useWizard();
  const findings = useFindings();
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const apply = (fix: Fix, at: HTMLElement) => {
    const writer = { form, typedInputs, history };
    if (fix.kind === 'set') writeCells(writer, fix.label, [{ path: fix.path, value: fix.value }]);
    else fillBlankCells(writer, fix.table, fix.label);
    // The fixed finding leaves the list: keep the focus in the list rather than losing it.
    requestAnimationFrame(() => {
      if (!at.isConnected) document.getElementById('step-heading')?.focus();
    });
  };
  return (
    <div className="max-w-4xl space-y-8">
      <p className="text-lg">
        {severityCounts(findings).map((c, i) => (
          <Fragment key={c.severity}>
            {i > 0 ? ' · ' : ''}
            {c.label} <strong>{c.count}</strong> 项
          </Fragment>
        ))}
      </p>
      {count('error') === 0 ? (
        <p className="rounded bg-green-50 p-3 text-green-900">
          没有错误：表格数字和必填内容都已核对通过。{count('warning') > 0 ? '请看一看下面的警告，' : ''}可以到
          <AppLink href={stepHref('preview')} className="mx-1 underline">
            {STEP_TITLES.preview}
          </AppLink>
          下载正式稿。
        </p>
      ) : (
        <p className="rounded bg-red-50 p-3 text-red-900">
          有错误的报告不能作为正式稿发布。请逐项处理，点击问题可直接跳到对应的格子或段落。也可以先到
          <AppLink href={stepHref('preview')} className="mx-1 underline">
            {STEP_TITLES.preview}
          </AppLink>
          下载标有“草稿”的文件供内部审阅。
        </p>
      )}
      <FindingList
        findings={findings}
        idPrefix="check"
        link={(f) => stepHref(stepOfPath(f.path), f.path)}
        action={(f) => (f.fix ? <FixButton fix={f.fix} disabled={readOnly} onApply={apply} /> : null)}
      />
      <section aria-labelledby="still-blank">
        <h2 id="still-blank" className="text-lg font-semibold">
          尚未填写
        </h2>
        <div className="mt-2">
          <StillBlank report={form.getValues()} />
        </div>
      </section>
    </div>
  );
}
