// Opening a draft: what IndexedDB holds, with the write-ahead journal's changes on top (a reload
// or a crash right after a keystroke). The tab that may edit stores them at once; a read-only
// tab only shows them.
import { applyJournal } from '@/lib/draft/apply-journal';
import { clearJournal, isEmptyJournal, readJournal } from '@/lib/draft/journal';
import { withErrorCount } from '@/lib/draft/error-count';
import type { DraftRecord } from '@/lib/draft/record';
import type { StorageResult } from '@/lib/draft/storage';
import { journalStorage } from './draft-channel';
import { draftStore } from './draft-store';

export async function openDraft(id: string, editable: boolean): Promise<StorageResult<DraftRecord | null>> {
  const loaded = await draftStore().load(id);
  if (!loaded.ok || !loaded.value) return loaded;
  const journal = readJournal(journalStorage(), id);
  const merged = journal && !isEmptyJournal(journal) ? applyJournal(loaded.value, journal) : null;
  if (!merged) return loaded;
  if (!editable) return { ok: true, value: merged };
  const saved = await draftStore().save(withErrorCount(merged));
  if (!saved.ok) return { ok: true, value: merged }; // kept in the journal until a save works
  clearJournal(journalStorage(), id);
  return saved;
}
