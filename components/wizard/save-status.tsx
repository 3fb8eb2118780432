'use client';
import { useSyncExternalStore } from 'react';
import type { SaveStatus } from '@/lib/draft/autosave';

/** Everything typed is stored in IndexedDB (nothing waits, nothing failed). */
export const isDurable = (status: SaveStatus) => status.state === 'saved' || status.state === 'idle';

/** The save status lives outside React state so that a change of it re-renders this line only. */
export class SaveStatusStore {
  private listeners = new Set<() => void>();
  constructor(private status: SaveStatus) {}
  get = () => this.status;
  set = (next: SaveStatus) => {
    const same = next.state === this.status.state && !(next.state === 'saved' || next.state === 'error');
    if (same) return;
    this.status = next;
    this.listeners.forEach((listener) => listener());
  };
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

// One formatter for every save (building one per call costs a slow PC a millisecond or more).
const TIME = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const time = (at: Date) => TIME.format(at);

/** Where the clerk can always see whether what was typed is safe. */
export function SaveStatusLine({ store, readOnly }: { store: SaveStatusStore; readOnly: boolean }) {
  const status = useSyncExternalStore(store.subscribe, store.get, store.get);
  if (readOnly) return <p className="text-sm text-amber-900">只读：此报告正在另一个标签页中编辑</p>;
  const text: Record<SaveStatus['state'], string> = {
    idle: '已打开',
    pending: '有修改，即将保存…',
    saving: '正在保存…',
    saved: status.state === 'saved' ? `已保存 ${time(status.at)}` : '',
    error: status.state === 'error' ? `未能保存：${status.error.message}` : '',
  };
  // Not a live region while all is well (it changes every second of typing); a failure is an alert.
  return (
    <p role={status.state === 'error' ? 'alert' : undefined} className={`text-sm ${status.state === 'error' ? 'font-semibold text-red-700' : 'text-stone-600'}`}>
      {text[status.state]}
    </p>
  );
}
