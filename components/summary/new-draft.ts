// A report of 汇总与核查 (a department's, or the sum) opened as a new draft in a new tab, so that
// the files read here stay on this page. Never overwrites a draft.
import { withoutPrintedTotals } from '@/lib/report/totals';
import type { DraftReport } from '@/lib/report/file/schema';
import { newDraftRecord } from '@/components/home/new-draft';
import { draftStore } from '@/components/wizard/draft-store';
import { reportHref } from '@/components/wizard/steps';

export type Opened = { ok: true; inNewTab: boolean; href: string } | { ok: false; problem: string };

/** Saves the draft, then opens it in a new tab; where the pop-up is blocked, the caller opens `href` here. */
export async function openAsNewDraft(report: DraftReport): Promise<Opened> {
  const record = newDraftRecord(withoutPrintedTotals(report));
  const saved = await draftStore().save(record);
  if (!saved.ok) return { ok: false, problem: saved.error.message };
  const href = reportHref(record.id, 'meta');
  // NOTE: still within the click's activation (the save takes milliseconds).
  const tab = window.open(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}${href}`, '_blank');
  return { ok: true, inNewTab: tab !== null, href };
}
