// What the wizard needs of storage before a draft is read, without the store and its schemas: the
// write-ahead journal's storage, and the word a saving tab sends to the other tabs showing the
// same draft. (The store, zod and the checks load with the draft: ./draft-session.)
import type { JournalStorage } from '@/lib/draft/journal';

/** localStorage, or null where the browser forbids it (the journal is then skipped, never fatal). */
export function journalStorage(): JournalStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const SAVED_CHANNEL = 'nianbao-draft-saved';

/** Tells the other tabs that this draft was just stored. */
export function announceSaved(id: string) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(SAVED_CHANNEL);
  channel.postMessage({ id });
  channel.close();
}

/** Calls `onSaved` when another tab stores the draft `id`; returns the unsubscribe. */
export function onDraftSaved(id: string, onSaved: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(SAVED_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data === 'object' && data !== null && 'id' in data && data.id === id) onSaved();
  };
  return () => channel.close();
}
