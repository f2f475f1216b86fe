// The conflict a decision store reports. The port itself is declared in ../ports with the others.
import { FailureError } from '../failure';
import type { StoredDecision } from '../ports';
import type { Decision } from './decision';

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
