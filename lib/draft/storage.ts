// The drafts kept in this browser (IndexedDB 'nianbao'). Every method settles with a result the
// wizard can show; nothing throws or rejects. The database is opened on first use and again on
// the next call after a failure, so storage that works again is used again.
import { DRAFTS_STORE, openDatabase, runTransaction } from './idb';
import { migrateRecord, NEWER_DRAFT_MESSAGE } from './migrations';
import { moveToQuarantine, readQuarantine, type QuarantinedDraft } from './quarantine';
import { DRAFT_STORAGE_VERSION, DraftRecordSchema, type DraftRecord } from './record';
import { errorFromException, failure, INVALID_RECORD_MESSAGE, keptAsideMessage, type StorageResult } from './storage-error';

export type { StorageError, StorageErrorKind, StorageResult } from './storage-error';
export type { QuarantinedDraft } from './quarantine';

/** A draft saved by a newer 年报助手: left where it is, named by what can be read of it. */
export type NewerDraft = { id: string; agency: string | null; year: number | null; version: number };

export type DraftListing = { drafts: DraftRecord[]; quarantined: QuarantinedDraft[]; newer: NewerDraft[] };

export type DraftStore = {
  /** Drafts newest first; unreadable ones are moved to quarantine and listed there; newer ones are left untouched. */
  list(): Promise<StorageResult<DraftListing>>;
  /** null: no such draft. An unreadable draft is moved to quarantine and reported; a newer one is left as it is. */
  load(id: string): Promise<StorageResult<DraftRecord | null>>;
  /**
   * Stamps savedAt with the current time and the next revision, and returns the record as
   * stored. Refused when the stored draft is of a newer version (this tab would turn it back into
   * an older shape), or when its revision is not the one `record` carries: another tab stored it
   * since this one read it, and writing now would overwrite that tab's fields.
   */
  save(record: DraftRecord): Promise<StorageResult<DraftRecord>>;
  remove(id: string): Promise<StorageResult<void>>;
  close(): void;
};

const ok = <T>(value: T): StorageResult<T> => ({ ok: true, value });

function newerDraft(key: IDBValidKey, raw: unknown, version: number): NewerDraft {
  const meta: unknown = typeof raw === 'object' && raw !== null && 'report' in raw && typeof raw.report === 'object' && raw.report !== null && 'meta' in raw.report ? raw.report.meta : null;
  const field = (name: string): unknown => (typeof meta === 'object' && meta !== null && name in meta ? (meta as Record<string, unknown>)[name] : undefined);
  const agency = field('agency');
  const year = field('year');
  return {
    id: String(key),
    agency: typeof agency === 'string' && agency.trim() !== '' ? agency.trim().slice(0, 100) : null,
    year: Number.isInteger(year) ? (year as number) : null,
    version,
  };
}

/** The revision of a stored object as it stands (0: none recorded). */
const revisionOf = (raw: unknown): number => (typeof raw === 'object' && raw !== null && 'revision' in raw && typeof raw.revision === 'number' ? raw.revision : 0);

/**
 * Whether the stored object was saved by a newer 年报助手 (migrations.ts says so of a whole integer
 * storageVersion above ours). Read off the version alone: a save asks it of the stored draft every
 * second while the clerk types, and migrating and parsing the whole draft to learn it cost a slow
 * PC several milliseconds in IndexedDB's callback, in the way of the next key.
 */
function isNewer(raw: unknown): boolean {
  const version = typeof raw === 'object' && raw !== null && 'storageVersion' in raw ? raw.storageVersion : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version > DRAFT_STORAGE_VERSION;
}
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
        const newer: NewerDraft[] = [];
        let quarantined: QuarantinedDraft[] = [];
        const storedAt = now().toISOString();
        const cursor = tx.objectStore(DRAFTS_STORE).openCursor();
        cursor.onsuccess = () => {
          const current = cursor.result;
          if (!current) return readQuarantine(tx, (entries) => (quarantined = entries));
          const read = migrateRecord(current.value);
          if (read.ok) drafts.push(read.record);
          else if (read.newer !== undefined) newer.push(newerDraft(current.primaryKey, current.value, read.newer));
          else moveToQuarantine(tx, current.primaryKey, current.value, read.reason, storedAt);
          current.continue();
        };
        return () => ok({ drafts: drafts.sort(newestFirst), quarantined, newer });
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
          } else if (read.newer !== undefined) {
            outcome = failure('unknown', NEWER_DRAFT_MESSAGE);
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
        let outcome: StorageResult<DraftRecord> = ok(parsed.data);
        const drafts = tx.objectStore(DRAFTS_STORE);
        const stored = drafts.get(parsed.data.id);
        stored.onsuccess = () => {
          if (isNewer(stored.result)) return (outcome = failure('unknown', NEWER_DRAFT_MESSAGE));
          if (stored.result !== undefined && revisionOf(stored.result) !== (parsed.data.revision ?? 0)) return (outcome = failure('conflict'));
          const next = { ...parsed.data, revision: (parsed.data.revision ?? 0) + 1 };
          outcome = ok(next);
          try {
            drafts.put(next);
          } catch (error) {
            // Thrown in a request's handler it would abort the transaction and lose its reason.
            outcome = { ok: false, error: errorFromException(error) };
          }
        };
        return () => outcome;
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
