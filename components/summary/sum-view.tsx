'use client';
// The sum in the template's own grid, drawn by the preview's table (read-only: the sum is not
// typed), under each table's section heading, and its findings as 检查 lists them.
import { useMemo } from 'react';
import type { Finding } from '@/lib/report/checks/findings';
import { printModel, type PrintBlock } from '@/lib/export/print-model';
import type { DraftReport } from '@/lib/report/file/schema';
import { SHEET_CSS } from '@/components/preview/sheet-css';
import { drawItem } from '@/components/preview/sheet-items';
import { FindingList } from '@/components/wizard/finding-list';

type Table = { heading: string; block: Extract<PrintBlock, { kind: 'table' }> };

function tablesOf(sum: DraftReport, findings: readonly Finding[]): Table[] {
  let heading = '';
  return printModel(sum, findings).blocks.flatMap((block) => {
    if (block.kind === 'heading' && block.level === 1) heading = block.text;
    return block.kind === 'table' ? [{ heading, block }] : [];
  });
}

export function SumView({ sum, findings }: { sum: DraftReport; findings: readonly Finding[] }) {
  const tables = useMemo(() => tablesOf(sum, findings), [sum, findings]);
  return (
    <div className="space-y-6">
      <style>{SHEET_CSS}</style>
      {findings.length > 0 ? (
        <div className="rounded border border-red-300 bg-red-50 p-3">
          <FindingList findings={findings} idPrefix="sum-findings" level={3} />
        </div>
      ) : (
        <p className="rounded bg-green-50 p-3 text-green-900">汇总数的勾稽关系核对通过。</p>
      )}
      {tables.map(({ heading, block }) => (
        <section key={block.table.id} aria-label={heading} className="max-w-[170mm] overflow-x-auto bg-white p-3">
          <h3 className="mb-2 font-semibold">{heading}</h3>
          {drawItem(block)}
        </section>
      ))}
    </div>
  );
}
