'use client';
import { useFormContext } from 'react-hook-form';
import { reportFileName } from '@/lib/report/file/file-name';
import type { DraftReport } from '@/lib/report/file/schema';
import { downloadFile } from '@/components/ui/download';

/** What a read-only tab's downloads hold: the writing tab's draft as this tab last heard of it. */
export const COPY_OF_OTHER_TAB = '（副本：另一标签页中的当前内容）';

/** 「保存为文件」: the draft as a report file (report-json.md), to keep or to open elsewhere. */
export function SaveToFile({ readOnly }: { readOnly: boolean }) {
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
      {readOnly ? `保存为文件${COPY_OF_OTHER_TAB}` : '保存为文件'}
    </button>
  );
}
