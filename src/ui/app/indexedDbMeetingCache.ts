// Parsed meetings with their search index (or why a document is none), kept in the browser's IndexedDB by document id and eTag, so
// that reopening the tab neither downloads nor parses an unchanged document and search is ready at
// once; and a small store of what the library remembers between visits (where its folder is). Any
// IndexedDB failure just means "not cached".
import type { CachedDocument } from '../../app/loadLibrary';
import type { KeyValueStore, MeetingCache } from '../../domain/ports';

const DATABASE = 'chefforum';
// Version 2: meetings are kept with their search index; version 1's bare meetings are dropped.
// Version 3: the parser hides closed points it once showed (a `Lukket` heading out of order, or not
// written `Punkt N: Lukket`; issue #20), so every meeting parsed before is dropped and read again.
// Version 4: the approving point carries `approves` (the referat it names; issue #21), which meetings
// parsed before lack, so they are read again.
const VERSION = 4;
const MEETINGS = 'meetings';
const REMEMBERED = 'library';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      const database = request.result;
      if (database.objectStoreNames.contains(MEETINGS)) database.deleteObjectStore(MEETINGS);
      database.createObjectStore(MEETINGS);
      if (!database.objectStoreNames.contains(REMEMBERED)) database.createObjectStore(REMEMBERED);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(
  database: IDBDatabase,
  store: string,
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = action(database.transaction(store, mode).objectStore(store));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One IndexedDB store as a key-value store that never throws. */
function storeOf(db: () => Promise<IDBDatabase>, store: string) {
  return {
    async get(key: string): Promise<unknown> {
      try {
        return await run(await db(), store, 'readonly', (each) => each.get(key));
      } catch {
        return undefined; // a cache that cannot be read is an empty cache
      }
    },
    async put(key: string, value: unknown): Promise<void> {
      try {
        await run(await db(), store, 'readwrite', (each) => each.put(value, key));
      } catch {
        // private browsing or a full disk: the document is simply read again next time
      }
    },
  };
}

export function indexedDbMeetingCache(): MeetingCache<CachedDocument> & { remembered: KeyValueStore } {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= open());
  const meetings = storeOf(db, MEETINGS);
  return {
    get: async (documentId, eTag) =>
      (await meetings.get(`${documentId}|${eTag}`)) as CachedDocument | undefined,
    put: (documentId, eTag, value) => meetings.put(`${documentId}|${eTag}`, value),
    remembered: storeOf(db, REMEMBERED),
  };
}
