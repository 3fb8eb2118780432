'use client';
import { useFormContext } from 'react-hook-form';
import { reportFileName } from '@/lib/report/file/file-name';
import type { DraftReport } from '@/lib/report/file/schema';
import { downloadFile } from '@/components/ui/download';

/** 「保存为文件」: the draft as a report file (report-json.md), to keep or to open elsewhere. */
export function SaveToFile() {
  const { getValues } = useFormContext<DraftReport>();
  return (
    <button
      type="button"
      className="rounded border border-stone-500 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
      onClick={() => {
        const report = getValues();
        downloadFile(reportFileName(report.meta, 'nianbao.json'), `${JSON.stringify(report, null, 2)}\n`, 'application/json');
      }}
    >
      保存为文件
    </button>
  );
}
