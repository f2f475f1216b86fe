// The decision outbox in the browser's IndexedDB, so saves waiting for the list survive a reload or a
// closed tab. Where IndexedDB cannot be opened (some private windows) it falls back to memory, and the
// page still saves; only surviving a reload is lost there.
import type { DecisionOutbox, PendingSave } from '../../domain/ports';
import { memoryDecisionOutbox } from '../../domain/decisions/memoryDecisionOutbox';

const DATABASE = 'chefforum-outbox';
const STORE = 'saves';

/** Opens (creating at first use) a database of one object store keyed by `key`. */
export function openKeyed(database = DATABASE, store = STORE): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one transaction and resolves when it has committed (not merely when its requests ran). */
export function transact<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, done: (value: T) => void) => void,
  storeName = STORE,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(storeName, mode);
    let result: T;
    work(transaction.objectStore(storeName), (value) => (result = value));
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export function indexedDbDecisionOutbox(): DecisionOutbox {
  let database: Promise<IDBDatabase | null> | null = null;
  const fallback = memoryDecisionOutbox();
  const db = () => (database ??= openKeyed().catch(() => null));
  return {
    async put(save) {
      const opened = await db();
      if (!opened) return fallback.put(save);
      await transact<void>(opened, 'readwrite', (store) => void store.put(save));
    },
    async remove(key, revision) {
      const opened = await db();
      if (!opened) return fallback.remove(key, revision);
      // Read and delete in one transaction, so a newer edit put in between is never deleted.
      await transact<void>(opened, 'readwrite', (store) => {
        const request = store.get(key);
        request.onsuccess = () => {
          if ((request.result as PendingSave | undefined)?.revision === revision) store.delete(key);
        };
      });
    },
    async all() {
      const opened = await db();
      if (!opened) return fallback.all();
      return transact<PendingSave[]>(opened, 'readonly', (store, done) => {
        const request = store.getAll();
        request.onsuccess = () => done(request.result as PendingSave[]);
      });
    },
  };
}
