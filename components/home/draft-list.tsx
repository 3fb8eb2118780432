'use client';
import { isStepId, reportHref } from '@/components/wizard/step-ids';
import { AppLink } from '@/components/ui/app-link';
import { useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '@/lib/draft/record';
import { reportTitle } from '@/lib/report/title';

type Props = { drafts: readonly DraftRecord[]; onDelete: (id: string) => void };

const savedAt = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * The stored count of errors, or — for a record stored before the count was kept — one taken
 * here after the first paint, with the checks loaded then (null while they load).
 */
function useErrorCount(draft: DraftRecord): number | null {
  const [counted, setCounted] = useState<number | null>(null);
  const stored = draft.errors;
  useEffect(() => {
    if (stored !== undefined) return;
    let alive = true;
    void import('@/lib/draft/error-count').then(({ errorCount }) => alive && setCounted(errorCount(draft, new Date())));
    return () => {
      alive = false;
    };
  }, [draft, stored]);
  return stored ?? counted;
}

function Row({ draft, onDelete }: { draft: DraftRecord; onDelete: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Back from the question (取消): the focus returns to 删除.
  useEffect(() => {
    if (confirming) asked.current = true;
    else if (asked.current) deleteButton.current?.focus();
  }, [confirming]);
  const title = reportTitle(draft.report.meta);
  const errors = useErrorCount(draft);
  return (
    <tr className="border-t border-stone-200">
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <AppLink href={reportHref(draft.id, isStepId(draft.step) ? draft.step : 'meta')} className="text-blue-800 underline">
          {draft.report.meta.agency.trim() || '（未填机关名称）'}
        </AppLink>
      </th>
      <td className="px-3 py-2">{draft.report.meta.year ?? '—'}</td>
      <td className="px-3 py-2 tabular-nums">{savedAt(draft.savedAt)}</td>
      <td className={`px-3 py-2 ${errors === null ? 'text-stone-600' : errors ? 'text-red-800' : 'text-green-800'}`}>
        {errors === null ? '正在检查…' : errors ? `${errors} 个错误` : '无错误'}
      </td>
      <td className="px-3 py-2">
        {confirming ? (
          <span role="group" aria-label={`确认删除「${title}」`} className="flex flex-wrap items-center gap-2">
            <span className="text-sm">确定删除？删除后无法恢复。</span>
            <button type="button" autoFocus className="rounded bg-red-700 px-2 py-1 text-sm text-white" onClick={onDelete}>
              确定删除
            </button>
            <button type="button" className="rounded border border-stone-500 px-2 py-1 text-sm" onClick={() => setConfirming(false)}>
              取消
            </button>
          </span>
        ) : (
          <span className="flex flex-wrap gap-2">
          <AppLink
            href={`/import/?from=${encodeURIComponent(draft.id)}`}
            aria-label={`以「${title}」为基础新建下一年度报告`}
            className="rounded border border-stone-500 px-2 py-1 text-sm hover:bg-stone-100"
          >
            新建下一年度
          </AppLink>
          <button ref={deleteButton} type="button" aria-label={`删除「${title}」`} className="rounded border border-stone-500 px-2 py-1 text-sm hover:bg-stone-100" onClick={() => setConfirming(true)}>
            删除
          </button>
          </span>
        )}
      </td>
    </tr>
  );
}

export function DraftList({ drafts, onDelete }: Props) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption id="drafts-caption" tabIndex={-1} className="mb-2 text-left text-lg font-semibold">
        本浏览器中的报告
      </caption>
      <thead>
        <tr className="text-left text-stone-600">
          <th scope="col" className="px-3 py-1 font-medium">机关</th>
          <th scope="col" className="px-3 py-1 font-medium">年度</th>
          <th scope="col" className="px-3 py-1 font-medium">最后保存</th>
          <th scope="col" className="px-3 py-1 font-medium">检查结果</th>
          <th scope="col" className="px-3 py-1 font-medium">操作</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <Row key={draft.id} draft={draft} onDelete={() => onDelete(draft.id)} />
        ))}
      </tbody>
    </table>
  );
}
