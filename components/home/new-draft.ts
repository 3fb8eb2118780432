// Creating a draft: blank, or from a report file. Never overwrites an existing draft.
import { DRAFT_STORAGE_VERSION, type DraftRecord } from '@/lib/draft/record';
import { newDraftId } from '@/lib/draft/storage';
import { defaultYear, emptyReport } from '@/lib/report/empty-report';
import type { DraftReport } from '@/lib/report/file/schema';

export function newDraftRecord(report: DraftReport = emptyReport({ year: defaultYear(new Date()) })): DraftRecord {
  const now = new Date().toISOString();
  return { id: newDraftId(), storageVersion: DRAFT_STORAGE_VERSION, createdAt: now, savedAt: now, step: 'meta', report, inputs: {} };
}
