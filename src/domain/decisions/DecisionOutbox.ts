// The port for saves not yet confirmed by the decision list: written before each save is sent and
// removed when it is confirmed, so a throttled request, a lost connection or a closed tab loses nothing.
import type { FailureCode } from '../failure';
import type { Decision } from './decision';
import type { StoredDecision } from './DecisionStore';

/** How a pending save is sent: an edit of what was read, a new decision, or part of "save all". */
export type SaveMode = 'update' | 'create' | 'bulk';

export interface PendingSave {
  key: string;
  mode: SaveMode;
  edited: Decision;
  /** The version the edit was made from ('update' only). */
  read: StoredDecision | null;
  /** Grows with each put of the same key, so confirming an older save never drops a newer edit. */
  revision: number;
  attempts: number;
  /** Why the last try failed: a failure code, 'conflict' when it waits for the user to choose. */
  lastFailure: FailureCode | null;
  /** How long Graph asked to wait after the last failure (its Retry-After), when it said. */
  retryAfterMs?: number | null;
}

export interface DecisionOutbox {
  put(save: PendingSave): Promise<void>;
  /** Removes the save only if it is still that revision. */
  remove(key: string, revision: number): Promise<void>;
  all(): Promise<PendingSave[]>;
}
