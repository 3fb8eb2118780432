import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ImportPage } from '@/components/import/import-page';

export const metadata: Metadata = { title: '从上年报告开始 · 年报助手' };

export default function Import() {
  return (
    <Suspense fallback={null}>
      <ImportPage />
    </Suspense>
  );
}
