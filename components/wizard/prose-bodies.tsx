'use client';
// The steps other than the tables and the preview — 基本信息, the prose sections, 其他, 检查 — in one
// chunk, loaded with the draft when the clerk opens one of them and otherwise just after the wizard
// is on screen (./step-body): they are not part of the table steps' first load.
import type { ReactNode } from 'react';
import { OVERVIEW_PARTS, PROBLEMS_PARTS } from '@/lib/report/template/sections';
import { CheckStep } from './check-step';
import { GenerateRequestsProse } from './generate-prose';
import { MetaStep } from './meta-step';
import { OtherStep } from './other-step';
import { ProseStep } from './prose-step';
import { fieldId } from './wizard-context';

export type ProseBodyId = 'meta' | 'overview' | 'problems' | 'other' | 'check';

export const PROSE_BODIES: Record<ProseBodyId, () => ReactNode> = {
  meta: () => <MetaStep />,
  overview: () => (
    <ProseStep
      intro="对本机关贯彻落实《中华人民共和国政府信息公开条例》的情况进行综述（国办公开办函〔2021〕30号）。文字中的数字要与后面的表格一致。"
      parts={OVERVIEW_PARTS}
      tools={{ 'overview.requests': <GenerateRequestsProse describedBy={`${fieldId('overview.requests')}-hint`} /> }}
    />
  ),
  problems: () => <ProseStep intro="评议时会对照上年报告，看上年提出的问题是否得到整改。" parts={PROBLEMS_PARTS} />,
  other: () => <OtherStep />,
  check: () => <CheckStep />,
};
