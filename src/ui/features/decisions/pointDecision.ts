// One open point's decision as the meeting view holds it: the version read, the draft, and the phase of
// its save. Pure: how a point is rebuilt from the outbox, a draft or the list, and what a save's result makes it.
import type { Decision } from '../../../domain/decisions/decision';
import type { PendingSave } from '../../../domain/ports';
import type { SaveResult } from '../../../domain/decisions/decisionSaver';
import { DecisionConflict } from '../../../domain/decisions/DecisionStore';
import { type StoredDecision } from '../../../domain/ports';
import type { Draft } from '../../../domain/ports';
import { type FailureCode, RETRIABLE } from '../../../domain/failure';

export type SavePhase = 'unsaved' | 'saving' | 'saved' | 'pending' | 'conflict' | 'failed' | 'merged';

export interface PointDecision {
  /** The version the draft was made from (its eTag guards the next save); null when none is stored. */
  read: StoredDecision | null;
  draft: Decision;
  phase: SavePhase;
  failure: FailureCode | null;
  conflict: DecisionConflict | null;
}

export const phaseOf = (save: PendingSave): SavePhase =>
  save.lastFailure === 'conflict'
    ? 'conflict'
    : save.lastFailure === null || RETRIABLE.has(save.lastFailure)
      ? 'pending'
      : 'failed';

export const isWaiting = (save: PendingSave) => phaseOf(save) === 'pending';

/** What a point shows when nothing is being typed: what waits in the outbox, a draft, or the list's. */
export function pointFrom(
  proposed: Decision,
  read: StoredDecision | null,
  waiting: PendingSave | undefined,
  draft: Draft | undefined,
): PointDecision {
  if (waiting)
    return {
      read: waiting.read ?? read,
      draft: waiting.edited,
      phase: phaseOf(waiting),
      failure: waiting.lastFailure,
      // After a reload a conflict is shown again against the version stored now.
      conflict:
        waiting.lastFailure === 'conflict' && read ? new DecisionConflict(waiting.edited, read) : null,
    };
  if (draft) return { read: draft.read, draft: draft.draft, phase: 'unsaved', failure: null, conflict: null };
  return {
    read,
    draft: read?.decision ?? proposed,
    phase: read ? 'saved' : 'unsaved',
    failure: null,
    conflict: null,
  };
}

/** A point whose state lives in this view until the outbox or the list takes it over. */
export const beingWorkedOn = (point: PointDecision | undefined): point is PointDecision =>
  point !== undefined && ['unsaved', 'merged', 'saving', 'conflict', 'failed'].includes(point.phase);

/** What a point becomes when its save has answered. */
export function afterSave(point: PointDecision, result: SaveResult): PointDecision {
  if (result.kind === 'saved')
    return {
      read: result.stored,
      draft: result.stored.decision,
      phase: 'saved',
      failure: null,
      conflict: null,
    };
  if (result.kind === 'conflict')
    return { ...point, phase: 'conflict', failure: null, conflict: result.conflict };
  return { ...point, phase: result.kind, failure: result.failure };
}
