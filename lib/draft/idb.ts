// IndexedDB's event callbacks wrapped in promises that settle with a result and never reject.
import { errorFromException, errorName, failure, NEWER_DATABASE_MESSAGE, type StorageResult } from './storage-error';

export const DATABASE_NAME = 'nianbao';
export const DRAFTS_STORE = 'drafts';
export const QUARANTINE_STORE = 'quarantine';

/** Numbered upgrades of the database's stores: entry n takes the database from version n to n + 1. */
const UPGRADES: ReadonlyArray<(db: IDBDatabase) => void> = [
  (db) => {
    db.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
    db.createObjectStore(QUARANTINE_STORE, { keyPath: 'id' });
  },
];
const DATABASE_VERSION = UPGRADES.length;

function browserFactory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    // NOTE: some browsers throw a SecurityError on merely reading `indexedDB` when storage is off.
    return undefined;
  }
}

export function openDatabase(factory: IDBFactory | undefined = browserFactory()): Promise<StorageResult<IDBDatabase>> {
  return new Promise((resolve) => {
    if (!factory) return resolve(failure('unavailable'));
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    } catch {
      return resolve(failure('unavailable'));
    }
    let settled = false;
    const settle = (result: StorageResult<IDBDatabase>) => {
      if (settled) return false;
      settled = true;
      resolve(result);
      return true;
    };
    request.onupgradeneeded = (event) => {
      try {
        for (let version = event.oldVersion; version < DATABASE_VERSION; version++) UPGRADES[version]?.(request.result);
      } catch {
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => {
      // Opening may still succeed after it was reported blocked: that connection is not used.
      if (!settle({ ok: true, value: request.result })) request.result.close();
    };
    request.onerror = () => {
      settle(errorName(request.error) === 'VersionError' ? failure('unknown', NEWER_DATABASE_MESSAGE) : failure('unavailable'));
    };
    request.onblocked = () => settle(failure('blocked'));
  });
}

/**
 * Runs `work` in one transaction over both stores. `work` issues its requests and returns how to
 * read the outcome once the transaction has committed; an abort is mapped from the transaction's
 * error (a full disk shows up there as QuotaExceededError).
 */
export function runTransaction<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => () => StorageResult<T>,
): Promise<StorageResult<T>> {
  return new Promise((resolve) => {
    let tx: IDBTransaction | undefined;
    try {
      tx = db.transaction([DRAFTS_STORE, QUARANTINE_STORE], mode);
      const transaction = tx;
      let requestError: unknown;
      const outcome = work(transaction);
      transaction.oncomplete = () => resolve(outcome());
      transaction.onerror = (event) => {
        const target = event.target;
        if (target && 'error' in target) requestError ??= target.error;
      };
      transaction.onabort = () => resolve({ ok: false, error: errorFromException(transaction.error ?? requestError) });
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already finished: nothing left to undo.
      }
      resolve({ ok: false, error: errorFromException(error) });
    }
  });
}
