// For tests: reads and writes the 'nianbao' database directly, as another tab or an older
// version of 年报助手 would, bypassing the draft store.
import { DATABASE_NAME } from '../idb';

type StoreName = 'drafts' | 'quarantine';

export function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export async function putRaw(factory: IDBFactory, store: StoreName, value: unknown): Promise<void> {
  const db = await settled(factory.open(DATABASE_NAME));
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(value);
  await committed(tx);
  db.close();
}

export async function readRaw(factory: IDBFactory, store: StoreName): Promise<unknown[]> {
  const db = await settled(factory.open(DATABASE_NAME));
  const all: unknown[] = await settled(db.transaction(store, 'readonly').objectStore(store).getAll());
  db.close();
  return all;
}
