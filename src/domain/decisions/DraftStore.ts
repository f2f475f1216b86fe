// The in-memory twin of the draft store (the port is declared in ../ports with the others).
import type { Draft, DraftStore } from '../ports';

/** The DraftStore's in-memory twin, for tests and where IndexedDB cannot be opened. */
export function memoryDraftStore(): DraftStore {
  const drafts = new Map<string, Draft>();
  return {
    async put(draft) {
      drafts.set(draft.key, structuredClone(draft));
    },
    async remove(key) {
      drafts.delete(key);
    },
    async all() {
      return [...drafts.values()].map((draft) => structuredClone(draft));
    },
  };
}
