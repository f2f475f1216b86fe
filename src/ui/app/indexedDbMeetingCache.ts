// Parsed meetings kept in the browser's IndexedDB by document id and eTag, so that reopening the tab
// neither downloads nor parses an unchanged document. Any IndexedDB failure just means "not cached".
import type { Meeting } from '../../domain/meeting';
import type { MeetingCache } from '../../domain/ports';

const DATABASE = 'chefforum';
const STORE = 'meetings';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = action(database.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function indexedDbMeetingCache(): MeetingCache<Meeting> {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= open());
  return {
    async get(documentId, eTag) {
      try {
        return (await run(await db(), 'readonly', (store) => store.get(`${documentId}|${eTag}`))) as
          Meeting | undefined;
      } catch {
        return undefined; // a cache that cannot be read is an empty cache
      }
    },
    async put(documentId, eTag, meeting) {
      try {
        await run(await db(), 'readwrite', (store) => store.put(meeting, `${documentId}|${eTag}`));
      } catch {
        // private browsing or a full disk: the meeting is simply parsed again next time
      }
    },
  };
}
