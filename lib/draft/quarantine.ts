// Stored objects that could not be read are moved aside into the 'quarantine' store with the
// reason, never deleted: a later version of 年报助手, or a person, may still recover them.
import * as z from 'zod/mini';
import { DRAFTS_STORE, QUARANTINE_STORE } from './idb';
import { errorName } from './storage-error';

const QuarantinedDraftSchema = z.object({ id: z.string(), storedAt: z.string(), reason: z.string() });
export type QuarantinedDraft = z.infer<typeof QuarantinedDraftSchema>;

/** Within `tx`: copies the stored object to quarantine, then removes it from the drafts. */
export function moveToQuarantine(tx: IDBTransaction, key: IDBValidKey, raw: unknown, reason: string, storedAt: string): void {
  const entry = { id: String(key), storedAt, reason, raw };
  const added = tx.objectStore(QUARANTINE_STORE).add(entry);
  added.onerror = (event) => {
    // A draft with this id was set aside before: keep both.
    if (errorName(added.error) !== 'ConstraintError') return;
    event.preventDefault();
    tx.objectStore(QUARANTINE_STORE).add({ ...entry, id: `${entry.id}（${storedAt}）` });
  };
  tx.objectStore(DRAFTS_STORE).delete(key);
}

/** Within `tx`: reads what is in quarantine, without the stored objects themselves. */
export function readQuarantine(tx: IDBTransaction, done: (entries: QuarantinedDraft[]) => void): void {
  const request = tx.objectStore(QUARANTINE_STORE).getAll();
  request.onsuccess = () => {
    const entries: unknown[] = request.result;
    done(entries.flatMap((entry) => {
      const parsed = QuarantinedDraftSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }));
  };
}
