// The one draft store of this browser tab.
import { openDraftStore, type DraftStore } from '@/lib/draft/storage';

let store: DraftStore | null = null;

export const draftStore = (): DraftStore => (store ??= openDraftStore());
