// The drafts of this browser as the home page reads and changes them: loaded (import()) just after
// the first paint, so the page paints and hydrates without the draft store, its schemas and zod.
export { draftStore } from '@/components/wizard/draft-store';
export { NEWER_DRAFT_MESSAGE } from '@/lib/draft/migrations';
export { acquireDraftLock } from '@/lib/draft/tab-lock';
