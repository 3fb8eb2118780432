import type { Metadata } from 'next';
import { SummaryPage } from '@/components/summary/summary-page';

export const metadata: Metadata = { title: '汇总与核查 · 年报助手' };

export default function Summary() {
  return <SummaryPage />;
}
