// The drafts kept in this browser (IndexedDB 'nianbao'). Every method settles with a result the
// wizard can show; nothing throws or rejects. The database is opened on first use and again on
// the next call after a failure, so storage that works again is used again.
import { DRAFTS_STORE, openDatabase, runTransaction } from './idb';
import { migrateRecord } from './migrations';
import { moveToQuarantine, readQuarantine, type QuarantinedDraft } from './quarantine';
import { DraftRecordSchema, type DraftRecord } from './record';
import { failure, INVALID_RECORD_MESSAGE, keptAsideMessage, type StorageResult } from './storage-error';

export type { StorageError, StorageErrorKind, StorageResult } from './storage-error';
export type { QuarantinedDraft } from './quarantine';

export type DraftStore = {
  /** Drafts newest first; unreadable ones are moved to quarantine and listed there. */
  list(): Promise<StorageResult<{ drafts: DraftRecord[]; quarantined: QuarantinedDraft[] }>>;
  /** null: no such draft. An unreadable draft is moved to quarantine and reported. */
  load(id: string): Promise<StorageResult<DraftRecord | null>>;
  /** Stamps savedAt with the current time and returns the record as stored. */
  save(record: DraftRecord): Promise<StorageResult<DraftRecord>>;
  remove(id: string): Promise<StorageResult<void>>;
  close(): void;
};

const ok = <T>(value: T): StorageResult<T> => ({ ok: true, value });
const newestFirst = (a: DraftRecord, b: DraftRecord) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);

export function openDraftStore(options: { factory?: IDBFactory; now?: () => Date } = {}): DraftStore {
  const now = options.now ?? (() => new Date());
  let connection: Promise<StorageResult<IDBDatabase>> | undefined;
  let takenByOtherTab = false;

  function connect(): Promise<StorageResult<IDBDatabase>> {
    if (connection) return connection;
    const forget = () => {
      if (connection === opening) connection = undefined;
    };
    const opening = openDatabase(options.factory).then((result) => {
      if (!result.ok) {
        forget();
        return result;
      }
      const db = result.value;
      // Another tab wants to upgrade or delete the database: let it, and tell the clerk once.
      db.onversionchange = () => {
        db.close();
        forget();
        takenByOtherTab = true;
      };
      db.onclose = forget;
      return result;
    });
    connection = opening;
    return opening;
  }

  async function inTransaction<T>(work: (tx: IDBTransaction) => () => StorageResult<T>): Promise<StorageResult<T>> {
    if (takenByOtherTab) {
      takenByOtherTab = false;
      return failure('blocked');
    }
    const db = await connect();
    return db.ok ? runTransaction(db.value, 'readwrite', work) : db;
  }

  return {
    list: () =>
      inTransaction((tx) => {
        const drafts: DraftRecord[] = [];
        let quarantined: QuarantinedDraft[] = [];
        const storedAt = now().toISOString();
        const cursor = tx.objectStore(DRAFTS_STORE).openCursor();
        cursor.onsuccess = () => {
          const current = cursor.result;
          if (!current) return readQuarantine(tx, (entries) => (quarantined = entries));
          const read = migrateRecord(current.value);
          if (read.ok) drafts.push(read.record);
          else moveToQuarantine(tx, current.primaryKey, current.value, read.reason, storedAt);
          current.continue();
        };
        return () => ok({ drafts: drafts.sort(newestFirst), quarantined });
      }),

    load: (id) =>
      inTransaction((tx) => {
        let outcome: StorageResult<DraftRecord | null> = ok(null);
        const request = tx.objectStore(DRAFTS_STORE).get(id);
        request.onsuccess = () => {
          const raw: unknown = request.result;
          if (raw === undefined) return;
          const read = migrateRecord(raw);
          if (read.ok) {
            outcome = ok(read.record);
          } else {
            moveToQuarantine(tx, id, raw, read.reason, now().toISOString());
            outcome = failure('unknown', keptAsideMessage(read.reason));
          }
        };
        return () => outcome;
      }),

    save: async (record) => {
      // Parsing proves the record will read back, and leaves a plain object to store.
      const parsed = DraftRecordSchema.safeParse({ ...record, savedAt: now().toISOString() });
      if (!parsed.success) return failure('unknown', INVALID_RECORD_MESSAGE);
      return inTransaction((tx) => {
        tx.objectStore(DRAFTS_STORE).put(parsed.data);
        return () => ok(parsed.data);
      });
    },

    remove: (id) =>
      inTransaction((tx) => {
        tx.objectStore(DRAFTS_STORE).delete(id);
        return () => ok(undefined);
      }),

    close: () => {
      const closing = connection;
      connection = undefined;
      void closing?.then((result) => result.ok && result.value.close());
    },
  };
}

/** A new draft's id: a UUID, also where crypto.randomUUID is missing (plain http pages). */
export function newDraftId(): string {
  const cryptoApi: Partial<Crypto> | undefined = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
