// Saving decisions so that nothing typed is lost: each save is put in the outbox before it is sent and
// leaves it only when the list confirms it. A conflict waits there for the user's choice; a throttled
// or lost request waits to be sent again (flush), also after a reload.
import { type FailureCode, failureOf, RETRIABLE, retryAfterOf } from '../failure';
import { type Decision, isDecided } from './decision';
import type { DecisionOutbox, PendingSave, SaveMode } from '../ports';
import { DecisionConflict } from './DecisionStore';
import { type DecisionStore, type StoredDecision } from '../ports';
import { DecisionTooLongError, overLongText, plainDecision } from './decisionText';
import { holdsWhatWasSent } from './mergeDecisions';

export type SaveResult =
  | { kind: 'saved'; stored: StoredDecision }
  | { kind: 'conflict'; conflict: DecisionConflict }
  /** Kept and sent again later: the list was busy or unreachable. */
  | { kind: 'pending'; failure: FailureCode; retryAfterMs: number | null }
  /** Kept, but sending again will not help (e.g. no permission): the user must act. */
  | { kind: 'failed'; failure: FailureCode };

export interface FlushSummary {
  saved: number;
  /** What the list answered for each single save it took: the tab's list is updated with these, not re-read. */
  stored: StoredDecision[];
  /** The decisions of "save all" the list took (created, or already there): their meetings are read back. */
  bulkSaved: Decision[];
  pending: number;
  conflicts: DecisionConflict[];
  /** The longest wait Graph asked for (Retry-After) among the saves still pending. */
  retryAfterMs: number | null;
}

/** "Save all" sends new decisions in chunks of this size: one $batch each, confirmed chunk by chunk. */
export const BULK_CHUNK = 20;

const longest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Whether a pending save is sent by flush (it is not waiting for the user). */
const isRetriable = (save: PendingSave) => save.lastFailure === null || RETRIABLE.has(save.lastFailure);

type Progress = (done: number, total: number) => void;

/** Numbers each save so that a later edit of the same decision replaces it in the outbox, never the reverse. */
function saveQueue(clock: () => number) {
  let lastRevision = 0;
  return (key: string, mode: SaveMode, edited: Decision, read: StoredDecision | null): PendingSave => ({
    key,
    mode,
    edited,
    read,
    revision: (lastRevision = Math.max(clock(), lastRevision + 1)),
    attempts: 0,
    lastFailure: null,
  });
}

/** Keeps a save that failed in the outbox, with why, so that it is sent again or shown to the user. */
async function keepFailed(outbox: DecisionOutbox, saves: readonly PendingSave[], error: unknown) {
  const failure = failureOf(error).code;
  const retryAfterMs = retryAfterOf(failureOf(error));
  for (const save of saves)
    await outbox.put({ ...save, attempts: save.attempts + 1, lastFailure: failure, retryAfterMs });
  return { failure, retryAfterMs };
}

/**
 * What is sent of a decision: its texts plain (no control characters or bidi overrides). A text longer
 * than the list keeps is refused here, before any request, as DecisionTooLongError.
 */
function sendable(decision: Decision): Decision {
  const plain = plainDecision(decision);
  const long = overLongText(plain);
  if (long) throw new DecisionTooLongError(plain.key, long.length);
  return plain;
}

// One edit at a time: an update of what was read, or a new decision. Bulk saves never come here:
// they are sent by sendBulk, as a backfill that leaves stored decisions alone.
async function attempt(store: DecisionStore, outbox: DecisionOutbox, save: PendingSave): Promise<SaveResult> {
  try {
    const edited = sendable(save.edited);
    const stored =
      save.mode === 'update' && save.read ? await store.save(save.read, edited) : await store.create(edited);
    await outbox.remove(save.key, save.revision);
    return { kind: 'saved', stored };
  } catch (error) {
    // A conflict with oneself (the answer to our write was lost, the resend met our own eTag) is saved.
    if (error instanceof DecisionConflict && holdsWhatWasSent(error.mine, error.theirs.decision)) {
      await outbox.remove(save.key, save.revision);
      return { kind: 'saved', stored: error.theirs };
    }
    const { failure, retryAfterMs } = await keepFailed(outbox, [save], error);
    if (error instanceof DecisionConflict) return { kind: 'conflict', conflict: error };
    return RETRIABLE.has(failure) ? { kind: 'pending', failure, retryAfterMs } : { kind: 'failed', failure };
  }
}

/**
 * Sends bulk saves in chunks; each confirmed chunk leaves the outbox. Stops at the first failure.
 * Only what the list does not hold yet is created: a decision someone stored meanwhile is left alone.
 */
async function sendBulk(
  store: DecisionStore,
  outbox: DecisionOutbox,
  saves: PendingSave[],
  onProgress?: Progress,
) {
  const bulkSaved: Decision[] = [];
  for (let at = 0; at < saves.length; at += BULK_CHUNK) {
    const chunk = saves.slice(at, at + BULK_CHUNK);
    const sent = chunk.map((save) => sendable(save.edited));
    try {
      await store.createMissing(sent);
    } catch (error) {
      const { retryAfterMs } = await keepFailed(outbox, saves.slice(at), error);
      return { saved: bulkSaved.length, bulkSaved, pending: saves.length - at, retryAfterMs };
    }
    for (const save of chunk) await outbox.remove(save.key, save.revision);
    bulkSaved.push(...sent);
    onProgress?.(bulkSaved.length, saves.length);
  }
  return { saved: bulkSaved.length, bulkSaved, pending: 0, retryAfterMs: null };
}

/** Adds one single save's result to what flush reports. */
function count(summary: FlushSummary, result: SaveResult): void {
  if (result.kind === 'saved') {
    summary.saved += 1;
    summary.stored.push(result.stored);
  } else if (result.kind === 'conflict') summary.conflicts.push(result.conflict);
  else if (result.kind === 'pending') {
    summary.pending += 1;
    summary.retryAfterMs = longest(summary.retryAfterMs, result.retryAfterMs);
  }
}

export function decisionSaver(store: DecisionStore, outbox: DecisionOutbox, clock: () => number) {
  const pending = saveQueue(clock);
  return {
    /** Saves one edit: an update of what was read, or a new decision when nothing was. */
    async save(read: StoredDecision | null, edited: Decision): Promise<SaveResult> {
      const save = pending(edited.key, read ? 'update' : 'create', edited, read);
      await outbox.put(save);
      return attempt(store, outbox, save);
    },

    /** "Save all": every decision given, in $batch chunks, with progress; all queued before the first is sent. */
    async saveAll(decisions: readonly Decision[], onProgress?: Progress) {
      // A point without decision text is not a decision: it is never saved as one.
      const all = decisions
        .filter(isDecided)
        .map((decision) => pending(decision.key, 'bulk', decision, null));
      for (const save of all) await outbox.put(save);
      // One too long for the list waits in the outbox as refused, for its author to shorten; the rest go.
      const saves: PendingSave[] = [];
      for (const save of all) {
        const long = overLongText(plainDecision(save.edited));
        if (long) await keepFailed(outbox, [save], new DecisionTooLongError(save.key, long.length));
        else saves.push(save);
      }
      onProgress?.(0, saves.length);
      return sendBulk(store, outbox, saves, onProgress);
    },

    /** Sends again whatever waits in the outbox and is not waiting for the user. */
    async flush(onProgress?: Progress): Promise<FlushSummary> {
      const waiting = (await outbox.all()).filter(isRetriable);
      const bulk = waiting.filter((save) => save.mode === 'bulk');
      const sent = await sendBulk(store, outbox, bulk, onProgress);
      const summary: FlushSummary = { ...sent, stored: [], conflicts: [] };
      for (const save of waiting.filter((each) => each.mode !== 'bulk'))
        count(summary, await attempt(store, outbox, save));
      return summary;
    },

    /** Drops whatever waits for this decision (the user took the other version). */
    async discard(key: string): Promise<void> {
      for (const save of await outbox.all()) if (save.key === key) await outbox.remove(key, save.revision);
    },

    pending: () => outbox.all(),
  };
}

export type DecisionSaver = ReturnType<typeof decisionSaver>;
