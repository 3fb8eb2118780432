// What the wizard needs once a draft is read: the store (with zod and the draft schemas, to read
// and to save), and the checks (the findings, the list that shows them at the top of a step, and
// the count of errors stored with each save).
// Loaded with `import()` while the tab lock is asked for, so none of it is in the page's first
// load: the page paints, and the table can be typed into, as soon as the draft is there.
import { withErrorCount } from '@/lib/draft/error-count';
import type { DraftRecord } from '@/lib/draft/record';
import type { StorageResult } from '@/lib/draft/storage';
import { draftStore } from './draft-store';

export { openDraft } from './open-draft';
export { inputFindings } from '@/lib/report/checks/input-findings';
export { ErrorSummaryList } from './error-summary-list';

/** Stores the draft with its count of errors (what the home page lists). */
export const saveDraft = (record: DraftRecord): Promise<StorageResult<DraftRecord>> => draftStore().save(withErrorCount(record));
