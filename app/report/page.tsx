import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReportWizard } from '@/components/wizard/report-wizard';

export const metadata: Metadata = { title: '填写报告 · 年报助手' };

export default function ReportPage() {
  return (
    <Suspense fallback={<p className="p-8 text-stone-600">正在打开报告…</p>}>
      <ReportWizard />
    </Suspense>
  );
}
