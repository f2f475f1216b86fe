// Holds the decisions of the forum for the agenda view and the follow-up view: the stored ones, each
// open point's draft as the user edits it, and each save's phase (saving, pending, conflict …).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Decision, decisionFromPoint } from '../../../domain/decisions/decision';
import type { PendingSave } from '../../../domain/decisions/DecisionOutbox';
import type { DecisionSaver, SaveResult } from '../../../domain/decisions/decisionSaver';
import {
  DecisionConflict,
  type DecisionStore,
  type StoredDecision,
} from '../../../domain/decisions/DecisionStore';
import { mergeDecisions } from '../../../domain/decisions/mergeDecisions';
import type { Meeting } from '../../../domain/meeting';

/** What the view needs to keep decisions; supplied by the composition root. */
export interface DecisionServices {
  store: DecisionStore;
  saver: DecisionSaver;
  /** How long a pending save waits before it is sent again. */
  retryAfterMs: number;
}

export type SavePhase = 'unsaved' | 'saving' | 'saved' | 'pending' | 'conflict' | 'failed' | 'merged';

export interface PointDecision {
  /** The version the draft was made from (its eTag guards the next save); null when none is stored. */
  read: StoredDecision | null;
  draft: Decision;
  phase: SavePhase;
  failure: string | null;
  conflict: DecisionConflict | null;
}

export type DecisionsState =
  | { status: 'loading' }
  | { status: 'failed'; failure: string }
  | { status: 'ready'; stored: StoredDecision[] };

const EVERYTHING = ['1900-01-01', '2999-12-31'] as const;

const phaseOf = (save: PendingSave): SavePhase =>
  save.lastFailure === 'conflict'
    ? 'conflict'
    : save.lastFailure === null || ['throttled', 'unavailable', 'network'].includes(save.lastFailure)
      ? 'pending'
      : 'failed';

/** Every stored decision, read once and again after saves; pending saves are sent on load and on a timer. */
export function useStoredDecisions(services: DecisionServices | undefined) {
  const [state, setState] = useState<DecisionsState>({ status: 'loading' });
  const [pending, setPending] = useState<PendingSave[]>([]);
  const reload = useCallback(async () => {
    if (!services) return;
    try {
      await services.saver.flush();
      const stored = await services.store.between(...EVERYTHING);
      setPending(await services.saver.pending());
      setState({ status: 'ready', stored });
    } catch (error) {
      setPending(await services.saver.pending());
      setState({ status: 'failed', failure: (error as { code?: string }).code ?? 'unexpected' });
    }
  }, [services]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const waiting = pending.some((save) => phaseOf(save) === 'pending');
  useEffect(() => {
    if (!services || !waiting) return undefined;
    const timer = setTimeout(() => void reload(), services.retryAfterMs);
    return () => clearTimeout(timer);
  }, [services, waiting, reload, pending]);
  return { state, pending, reload };
}

/** The open points' decisions of one meeting, editable and saveable. */
export function useMeetingDecisions(
  meeting: Meeting,
  sourceUrl: string | null,
  services: DecisionServices | undefined,
  stored: ReturnType<typeof useStoredDecisions>,
) {
  const [points, setPoints] = useState<Map<string, PointDecision>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ saved: number; pending: number } | null>(null);
  const edited = useRef(new Set<string>());
  const { state, pending } = stored;

  // Rebuilt when the stored decisions change; a point the user is editing keeps its draft.
  useEffect(() => {
    if (state.status === 'loading') return;
    // When the list cannot be read, the points still show: what waits in the outbox, else the proposal.
    const storedNow = state.status === 'ready' ? state.stored : [];
    setPoints((before) => {
      const next = new Map<string, PointDecision>();
      for (const item of meeting.items) {
        const proposed = decisionFromPoint(meeting, item, sourceUrl);
        if (!proposed) continue; // closed: never written
        const read = storedNow.find((each) => each.decision.key === proposed.key) ?? null;
        const waiting = pending.find((save) => save.key === proposed.key);
        const kept = before.get(proposed.key);
        if (kept && edited.current.has(proposed.key)) next.set(proposed.key, kept);
        else if (waiting)
          next.set(proposed.key, {
            read: waiting.read ?? read,
            draft: waiting.edited,
            phase: phaseOf(waiting),
            failure: waiting.lastFailure,
            // After a reload a conflict is shown again against the version stored now.
            conflict:
              waiting.lastFailure === 'conflict' && read ? new DecisionConflict(waiting.edited, read) : null,
          });
        else
          next.set(proposed.key, {
            read,
            draft: read?.decision ?? proposed,
            phase: read ? 'saved' : 'unsaved',
            failure: null,
            conflict: null,
          });
      }
      return next;
    });
  }, [meeting, sourceUrl, state, pending]);

  const update = useCallback((key: string, change: (point: PointDecision) => PointDecision) => {
    setPoints((before) => {
      const point = before.get(key);
      return point ? new Map(before).set(key, change(point)) : before;
    });
  }, []);

  const edit = useCallback(
    (key: string, patch: Partial<Decision>) => {
      edited.current.add(key);
      update(key, (point) => ({ ...point, draft: { ...point.draft, ...patch }, phase: 'unsaved' }));
    },
    [update],
  );

  const apply = useCallback(
    (key: string, result: SaveResult) => {
      if (result.kind === 'saved') edited.current.delete(key);
      update(key, (point) =>
        result.kind === 'saved'
          ? {
              read: result.stored,
              draft: result.stored.decision,
              phase: 'saved',
              failure: null,
              conflict: null,
            }
          : result.kind === 'conflict'
            ? { ...point, phase: 'conflict', failure: null, conflict: result.conflict }
            : { ...point, phase: result.kind, failure: result.failure },
      );
    },
    [update],
  );

  const save = useCallback(
    async (key: string) => {
      const point = points.get(key);
      if (!services || !point) return;
      update(key, (each) => ({ ...each, phase: 'saving' }));
      const result = await services.saver.save(point.read, point.draft);
      apply(key, result);
      // What depends on every stored decision (the archive's approvals) sees this one too.
      if (result.kind === 'saved') await stored.reload();
    },
    [services, points, update, apply, stored],
  );

  const unstored = useMemo(
    () => [...points.values()].filter((point) => point.read === null && point.phase === 'unsaved'),
    [points],
  );

  const saveAll = useCallback(async () => {
    if (!services) return;
    setSummary(null);
    const result = await services.saver.saveAll(
      unstored.map((point) => point.draft),
      (done, total) => setProgress({ done, total }),
    );
    setProgress(null);
    setSummary(result);
    for (const point of unstored) edited.current.delete(point.draft.key);
    await stored.reload();
  }, [services, unstored, stored]);

  const resolve = useCallback(
    async (key: string, choice: 'mine' | 'theirs' | 'merge') => {
      const point = points.get(key);
      if (!services || !point?.conflict) return;
      const { mine, theirs } = point.conflict;
      if (choice === 'mine') {
        update(key, (each) => ({ ...each, phase: 'saving', conflict: null }));
        apply(key, await services.saver.save(theirs, mine));
        return;
      }
      await services.saver.discard(key);
      if (choice === 'theirs') {
        edited.current.delete(key);
        update(key, () => ({
          read: theirs,
          draft: theirs.decision,
          phase: 'saved',
          failure: null,
          conflict: null,
        }));
        return;
      }
      const base = point.read?.decision ?? theirs.decision;
      const { merged } = mergeDecisions(base, mine, theirs.decision);
      edited.current.add(key);
      update(key, () => ({ read: theirs, draft: merged, phase: 'merged', failure: null, conflict: null }));
    },
    [services, points, update, apply],
  );

  return { points, edit, save, saveAll, unstored: unstored.length, progress, summary, resolve };
}

export type MeetingDecisions = ReturnType<typeof useMeetingDecisions>;
