'use client';
import type { SaveStatus } from '@/lib/draft/autosave';

const time = (at: Date) => at.toLocaleTimeString('zh-CN', { hour12: false });

/** Where the clerk can always see whether what was typed is safe. */
export function SaveStatusLine({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  if (readOnly) return <p className="text-sm text-amber-900">只读：此报告正在另一个标签页中编辑</p>;
  const text: Record<SaveStatus['state'], string> = {
    idle: '已打开',
    pending: '有修改，即将保存…',
    saving: '正在保存…',
    saved: status.state === 'saved' ? `已保存 ${time(status.at)}` : '',
    error: status.state === 'error' ? `未能保存：${status.error.message}` : '',
  };
  return (
    <p role="status" className={`text-sm ${status.state === 'error' ? 'font-semibold text-red-700' : 'text-stone-600'}`}>
      {text[status.state]}
    </p>
  );
}
