// The port through which decisions are kept: the Graph list in production, a twin in tests.
import { FailureError } from '../failure';
import type { Decision } from './decision';

/** A decision as stored, with the version (eTag) it was read at. */
export interface StoredDecision {
  id: string;
  eTag: string;
  decision: Decision;
  /** Who saved this version and when (ISO), as the list tells; shown in the conflict dialog. */
  modifiedBy?: string | null;
  modifiedAt?: string | null;
}

/** Thrown when a decision changed since it was read: both versions, so the user can choose. */
export class DecisionConflict extends FailureError {
  constructor(
    readonly mine: Decision,
    readonly theirs: StoredDecision,
  ) {
    super({ code: 'conflict' }, `Decision ${mine.key} was changed by someone else since it was read.`);
    this.name = 'DecisionConflict';
  }
}

export interface DecisionStore {
  /** Creates the list when missing; safe to call from many places at once. */
  ensure(): Promise<void>;
  /** Creates or replaces by key, whatever is stored. */
  upsert(
    decisions: readonly Decision[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ created: number; updated: number }>;
  /**
   * A backfill ("referat import", "save all"): creates the decisions whose key is not stored yet and
   * leaves every stored one exactly as it is; says which keys it created and which it left alone.
   */
  createMissing(
    decisions: readonly Decision[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ created: string[]; leftAlone: string[] }>;
  /** Stores a decision not read before; DecisionConflict when someone stored its key meanwhile. */
  create(decision: Decision): Promise<StoredDecision>;
  /** Saves an edit made to what was read; DecisionConflict when someone saved in between. */
  save(read: StoredDecision, edited: Decision): Promise<StoredDecision>;
  get(key: string): Promise<StoredDecision | null>;
  /** Decisions of meetings in [from, to], all pages read. */
  between(from: string, to: string): Promise<StoredDecision[]>;
}
