// Creating a draft: blank, or from a report file, with its count of errors (the home page lists
// it). Never overwrites an existing draft.
import { withErrorCount } from '@/lib/draft/error-count';
import { DRAFT_STORAGE_VERSION, type DraftRecord } from '@/lib/draft/record';
import { newDraftId } from '@/lib/draft/storage';
import { defaultYear, emptyReport } from '@/lib/report/empty-report';
import type { DraftReport } from '@/lib/report/file/schema';

export function newDraftRecord(report: DraftReport = emptyReport({ year: defaultYear(new Date()) })): DraftRecord {
  const now = new Date().toISOString();
  return withErrorCount({ id: newDraftId(), storageVersion: DRAFT_STORAGE_VERSION, createdAt: now, savedAt: now, step: 'meta', report, inputs: {} });
}
