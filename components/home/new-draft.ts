// Creating a draft: blank, or from a report file. Never overwrites an existing draft.
import { DRAFT_STORAGE_VERSION, type DraftRecord } from '@/lib/draft/record';
import { newDraftId } from '@/lib/draft/storage';
import { emptyReport } from '@/lib/report/empty-report';
import type { DraftReport } from '@/lib/report/schema';

/** Reports are written in winter: from November on, for this year; before, for last year. */
export function defaultYear(today: Date): number {
  return today.getMonth() >= 10 ? today.getFullYear() : today.getFullYear() - 1;
}

export function newDraftRecord(report: DraftReport = emptyReport({ year: defaultYear(new Date()) })): DraftRecord {
  const now = new Date().toISOString();
  return { id: newDraftId(), storageVersion: DRAFT_STORAGE_VERSION, createdAt: now, savedAt: now, step: 'meta', report, inputs: {} };
}
