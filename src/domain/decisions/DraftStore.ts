// The port for what the secretary typed and has not saved yet: kept per point beside the outbox, so
// opening another meeting, a reload or a closed tab loses nothing typed.
import type { Decision } from './decision';
import type { StoredDecision } from './DecisionStore';

export interface Draft {
  key: string;
  draft: Decision;
  /** The version the draft was made from: its eTag guards the save, so a later change is a conflict. */
  read: StoredDecision | null;
}

export interface DraftStore {
  put(draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
  all(): Promise<Draft[]>;
}

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
