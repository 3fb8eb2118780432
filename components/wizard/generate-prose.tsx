'use client';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { DraftReport } from '@/lib/report/file/schema';
import { getAt } from '@/lib/report/paths';
import { insertGenerated, requestsProse, type Insertion } from '@/lib/report/requests-prose';
import { INPUT_CELLS } from '@/lib/report/template/tables';
import { isBlank } from '@/lib/report/values';
import { formPath } from './form-path';
import { useWizard } from './wizard-context';

export const GENERATE_LABEL = '根据表格生成文字';
const TARGET = 'overview.requests';
const INSERTED = 'inserted.requests';
const TABLE_CELLS_USED = INPUT_CELLS.filter((cell) => cell.table.id === 'table3' || cell.table.id === 'table4');

const SAID: Record<Insertion['how'], string> = {
  inserted: '已在开头插入按表三、表四生成的文字，可以自由修改。',
  replaced: '已按表格重新生成，替换了上次插入的文字；其他文字未改动。',
  insertedAgain: '上次插入的文字已被改动，没有替换它；新生成的文字插在开头，请删去重复的部分。',
};

/** 「根据表格生成文字」 under 一（二）: the standard sentences from tables 三 and 四, replacing the last ones. */
export function GenerateRequestsProse({ describedBy }: { describedBy: string }) {
  const { getValues, setValue } = useFormContext<DraftReport>();
  const { readOnly } = useWizard();
  const [said, setSaid] = useState('');
  if (readOnly) return null;

  const generate = () => {
    const report = getValues();
    const blanks = TABLE_CELLS_USED.filter((cell) => isBlank(getAt(report, cell.path))).length;
    if (blanks > 0) {
      setSaid(`表三、表四还有 ${blanks} 格空白，填完后再生成文字。`);
      return;
    }
    const generated = requestsProse(report);
    const result = insertGenerated(report.overview.requests, report.inserted?.requests, generated);
    setValue(formPath(TARGET), result.text, { shouldDirty: true });
    setValue(formPath(INSERTED), generated, { shouldDirty: true });
    setSaid(SAID[result.how]);
  };

  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <button type="button" onClick={generate} aria-describedby={describedBy} className="rounded border border-blue-800 px-3 py-1 text-sm text-blue-900 hover:bg-blue-50">
        {GENERATE_LABEL}
      </button>
      <p role="status" className="min-h-5 text-sm text-blue-900">
        {said}
      </p>
    </div>
  );
}
