// The one draft store of this browser tab, the write-ahead journal's storage, and the word a
// saving tab sends to the other tabs showing the same draft.
import type { JournalStorage } from '@/lib/draft/journal';
import { openDraftStore, type DraftStore } from '@/lib/draft/storage';

let store: DraftStore | null = null;

export const draftStore = (): DraftStore => (store ??= openDraftStore());

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
