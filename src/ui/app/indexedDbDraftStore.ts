// Unsaved drafts in the browser's IndexedDB (`chefforum-drafts`), so what the secretary typed survives
// opening another meeting (a new page), a reload or a closed tab. Falls back to memory where IndexedDB
// cannot be opened, like the outbox.
import { memoryDraftStore } from '../../domain/decisions/DraftStore';
import { type Draft, type DraftStore } from '../../domain/ports';
import { openKeyed, transact } from './indexedDbDecisionOutbox';

const DATABASE = 'chefforum-drafts';
const STORE = 'drafts';

export function indexedDbDraftStore(): DraftStore {
  let database: Promise<IDBDatabase | null> | null = null;
  const fallback = memoryDraftStore();
  const db = () => (database ??= openKeyed(DATABASE, STORE).catch(() => null));
  return {
    async put(draft) {
      const opened = await db();
      if (!opened) return fallback.put(draft);
      await transact<void>(opened, 'readwrite', (store) => void store.put(draft), STORE);
    },
    async remove(key) {
      const opened = await db();
      if (!opened) return fallback.remove(key);
      await transact<void>(opened, 'readwrite', (store) => void store.delete(key), STORE);
    },
    async all() {
      const opened = await db();
      if (!opened) return fallback.all();
      return transact<Draft[]>(
        opened,
        'readonly',
        (store, done) => {
          const request = store.getAll();
          request.onsuccess = () => done(request.result as Draft[]);
        },
        STORE,
      );
    },
  };
}
