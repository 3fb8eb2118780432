// Stored drafts for the tests of this folder: a blank one and a busy one, both of version 1.
import { emptyReport } from '@/lib/report/empty-report';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { DRAFT_STORAGE_VERSION, type DraftRecord } from '../record';

export function blankDraft(id = 'draft-blank'): DraftRecord {
  return {
    id,
    storageVersion: DRAFT_STORAGE_VERSION,
    createdAt: '2026-01-05T01:00:00.000Z',
    savedAt: '2026-01-05T01:00:00.000Z',
    step: 'meta',
    report: emptyReport({ agency: '某某县司法局', year: 2025 }),
    inputs: {},
  };
}

export function busyDraft(id = 'draft-busy'): DraftRecord {
  return {
    id,
    storageVersion: DRAFT_STORAGE_VERSION,
    createdAt: '2026-01-06T02:00:00.000Z',
    savedAt: '2026-01-08T03:00:00.000Z',
    step: 'applications',
    report: busyReport(),
    inputs: { 'applications.received.natural': '1/' },
  };
}
