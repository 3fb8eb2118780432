'use client';
import { memo, type ReactNode } from 'react';
import { OVERVIEW_PARTS, PROBLEMS_PARTS } from '@/lib/report/template/sections';
import { TABLES, type TableSectionId } from '@/lib/report/template/tables';
import { TableStep } from '@/components/table/table-step';
import dynamic from 'next/dynamic';
import { CheckStep } from './check-step';
import { GenerateRequestsProse } from './generate-prose';
import { MetaStep } from './meta-step';
import { OtherStep } from './other-step';
import { ProseStep } from './prose-step';
import type { StepId } from './steps';
import { fieldId } from './wizard-context';

// Loaded when the clerk gets there: the print model and the HTML renderer stay out of the other steps.
const PreviewStep = dynamic(() => import('@/components/preview/preview-step').then((m) => m.PreviewStep), {
  ssr: false,
  loading: () => <p className="text-stone-600">正在排版…</p>,
});

const BODIES: Record<StepId, () => ReactNode> = {
  meta: () => <MetaStep />,
  overview: () => (
    <ProseStep
      intro="对本机关贯彻落实《中华人民共和国政府信息公开条例》的情况进行综述（国办公开办函〔2021〕30号）。文字中的数字要与后面的表格一致。"
      parts={OVERVIEW_PARTS}
      tools={{ 'overview.requests': <GenerateRequestsProse describedBy={`${fieldId('overview.requests')}-hint`} /> }}
    />
  ),
  // Keyed: each table is a fresh component (its totals, its messages), not the last one reused.
  ...(Object.fromEntries(TABLES.map((table) => [table.section, () => <TableStep key={table.id} table={table} />])) as Record<TableSectionId, () => ReactNode>),
  problems: () => <ProseStep intro="评议时会对照上年报告，看上年提出的问题是否得到整改。" parts={PROBLEMS_PARTS} />,
  other: () => <OtherStep />,
  check: () => <CheckStep />,
  preview: () => <PreviewStep />,
};

/**
 * Memoised: a new set of findings re-renders the summary and the indicator, not the grid. In a
 * read-only tab every field is read-only (not disabled: its text can be selected and copied).
 */
export const StepBody = memo(function StepBody({ step }: { step: StepId }) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">填写内容</legend>
      {BODIES[step]()}
    </fieldset>
  );
});
