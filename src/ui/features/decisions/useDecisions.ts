// Holds the decisions of the forum for the agenda view and the follow-up view: the stored ones, each
// open point's draft as the user edits it, and each save's phase (saving, pending, conflict …).
import { type RefObject, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  type Decision,
  decisionFromPoint,
  isDecided,
  withDecisionText,
} from '../../../domain/decisions/decision';
import type { PendingSave } from '../../../domain/ports';
import type { DecisionSaver, SaveResult } from '../../../domain/decisions/decisionSaver';
import type { DecisionStore, StoredDecision } from '../../../domain/ports';
import { mergeDecisions } from '../../../domain/decisions/mergeDecisions';
import type { Draft, DraftStore } from '../../../domain/ports';
import { type Failure, failureOf } from '../../../domain/failure';
import type { Meeting } from '../../../domain/meeting';
import type { TeamRole } from '../../../domain/decisions/tabMode';
import { learnWriteAccess, NO_EVIDENCE, writeAccessOf } from '../../../domain/decisions/writeAccess';
import type { PersonDirectory } from '../../../domain/ports';
import { afterSave, beingWorkedOn, isWaiting, type PointDecision, pointFrom } from './pointDecision';
import { useAskBeforeClosing } from './useAskBeforeClosing';
import { useOutboxRetry } from './useOutboxRetry';

export type { PointDecision, SavePhase } from './pointDecision';

/** What the view needs to keep decisions; supplied by the composition root. */
export interface DecisionServices {
  store: DecisionStore;
  saver: DecisionSaver;
  /** Unsaved drafts per point, kept across meetings, reloads and closed tabs. */
  drafts: DraftStore;
  /** The time now in ms (Date.now in the tab, a fake in tests): the outbox's retries are timed by it. */
  clock: () => number;
  /** The user's role in the team, when Teams tells: owners open in minutes mode. */
  teamRole: TeamRole | null;
  /** The organisation's people, to pick a decision's owner from; without it only suggestions and text. */
  directory?: PersonDirectory;
}

export type DecisionsState =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'ready'; stored: StoredDecision[] };

const EVERYTHING = ['1900-01-01', '2999-12-31'] as const;

/** The unsaved drafts per point, read once from the draft store; null until they are read. */
function useDrafts(services: DecisionServices | undefined) {
  const [drafts, setDrafts] = useState<Map<string, Draft> | null>(null);
  useEffect(() => {
    if (!services) return;
    void services.drafts.all().then((all) => setDrafts(new Map(all.map((each) => [each.key, each]))));
  }, [services]);
  /** Keeps (or, with null, drops) the unsaved draft of a point, here and in the draft store. */
  const keepDraft = useCallback(
    (key: string, draft: Draft | null) => {
      setDrafts((before) => {
        const next = new Map(before ?? []);
        if (draft) next.set(key, draft);
        else next.delete(key);
        return next;
      });
      if (services) void (draft ? services.drafts.put(draft) : services.drafts.remove(key));
    },
    [services],
  );
  return { drafts, keepDraft };
}

// While a try is scheduled, the time is read every second, so "om 30 sek." counts down.
function useNowWhileWaiting(nextTry: number | null, clock: () => number) {
  const [now, setNow] = useState(() => clock());
  useEffect(() => {
    if (nextTry === null) return undefined;
    setNow(clock());
    const ticker = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(ticker);
  }, [nextTry, clock]);
  return now;
}

/** A version this tab just saved: the list as read is brought up to date without reading it again. */
const withSaved =
  (saved: StoredDecision) =>
  (before: DecisionsState): DecisionsState =>
    before.status === 'ready'
      ? {
          status: 'ready',
          stored: [...before.stored.filter((each) => each.decision.key !== saved.decision.key), saved],
        }
      : before;

/** The decisions of meeting `day` as the list holds them now, in place of those read before. */
const withMeeting =
  (day: string, fresh: StoredDecision[]) =>
  (before: DecisionsState): DecisionsState =>
    before.status === 'ready'
      ? {
          status: 'ready',
          stored: [...before.stored.filter((each) => each.decision.meetingDate !== day), ...fresh],
        }
      : before;

/** The list as this tab read it, and how what the list answered to a save is taken into it. */
function useListAsRead(services: DecisionServices | undefined) {
  const [state, setState] = useState<DecisionsState>({ status: 'loading' });
  const ready = useRef(false);
  ready.current = state.status === 'ready';
  /**
   * Takes what the list answered into the list as read: each single save's version as it answered it;
   * for "save all", whose $batch answers carry no versions, the meetings it saved are read back (those
   * meetings only).
   */
  const takeIn = useCallback(
    async (saved: readonly StoredDecision[], bulkSaved: readonly Decision[]) => {
      if (!services) return;
      for (const each of saved) setState(withSaved(each));
      try {
        for (const day of new Set(bulkSaved.map((decision) => decision.meetingDate)))
          setState(withMeeting(day, await services.store.between(day, day)));
      } catch (error) {
        setState({ status: 'failed', failure: failureOf(error) });
      }
    },
    [services],
  );
  return { state, setState, ready, takeIn };
}

/**
 * Every stored decision, read once (and when asked again); a save updates what it saved, it does not
 * read the list again. What waits in the outbox is sent again in this tab with backoff (and at once when
 * the browser comes back online), and the drafts are kept.
 */
export function useStoredDecisions(services: DecisionServices | undefined) {
  const { state, setState, ready, takeIn } = useListAsRead(services);
  const [pending, setPending] = useState<PendingSave[]>([]);
  const { drafts, keepDraft } = useDrafts(services);
  const clock = useMemo(() => services?.clock ?? (() => 0), [services]);
  // The retry machine is told about each flush below; `retry.tell` is stable for a given clock.
  const tellRef = useRef<ReturnType<typeof useOutboxRetry>['tell'] | null>(null);

  /** Sends what waits; reads every decision when the list was not read yet (or `everything`). */
  const flushAndRead = useCallback(
    async (everything: boolean) => {
      if (!services) return;
      let retryAfterMs: number | null = null;
      try {
        const flushed = await services.saver.flush();
        retryAfterMs = flushed.retryAfterMs;
        if (everything || !ready.current)
          setState({ status: 'ready', stored: await services.store.between(...EVERYTHING) });
        else await takeIn(flushed.stored, flushed.bulkSaved);
      } catch (error) {
        setState({ status: 'failed', failure: failureOf(error) });
      }
      const waiting = await services.saver.pending();
      setPending(waiting);
      tellRef.current?.({ type: 'flushed', stillWaiting: waiting.filter(isWaiting).length, retryAfterMs });
    },
    [services, takeIn, setState, ready],
  );
  /** Reads every decision again (the first read, and "Prøv igen" after a failed one). */
  const reload = useCallback(() => flushAndRead(true), [flushAndRead]);
  const resend = useCallback(() => flushAndRead(false), [flushAndRead]);
  const retry = useOutboxRetry(clock, resend);
  tellRef.current = retry.tell;
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Reads the outbox again after a save; one that waits (Retry-After given or null) schedules a try. */
  const refreshPending = useCallback(
    async (retryAfterMs?: number | null) => {
      if (!services) return;
      setPending(await services.saver.pending());
      if (retryAfterMs !== undefined) retry.tell({ type: 'queued', retryAfterMs });
    },
    [services, retry],
  );
  // Whether the list lets this user write: learnt from its answers (domain/decisions/writeAccess).
  const [evidence, learn] = useReducer(learnWriteAccess, NO_EVIDENCE);
  useEffect(() => learn({ type: 'outbox', pending }), [pending]);
  const accepted = useCallback(() => learn({ type: 'accepted', at: clock() }), [clock]);
  const remember = useCallback(
    (saved: StoredDecision) => {
      accepted();
      setState(withSaved(saved));
    },
    [accepted, setState],
  );
  const now = useNowWhileWaiting(retry.nextTry, clock);
  const access = writeAccessOf(evidence);
  // How many saves wait to be sent again (not those waiting for the user: a conflict, a refusal).
  const waiting = pending.filter(isWaiting).length;
  useAskBeforeClosing(waiting > 0);
  return {
    ...{ state, pending, waiting, drafts, reload, takeIn, refreshPending, keepDraft, remember, accepted },
    access,
    ...{ nextTry: retry.nextTry, now },
  };
}

type StoredDecisions = ReturnType<typeof useStoredDecisions>;
type UpdatePoint = (key: string, change: (point: PointDecision) => PointDecision) => void;

/** The points of one meeting and the keys the user is editing; rebuilt when the stored decisions change. */
function useMeetingPoints(meeting: Meeting, sourceUrl: string | null, stored: StoredDecisions) {
  const [points, setPoints] = useState<Map<string, PointDecision>>(new Map());
  const edited = useRef(new Set<string>());
  const { state, pending, drafts } = stored;

  // A point the user is editing keeps its draft.
  useEffect(() => {
    if (state.status === 'loading' || drafts === null) return;
    // When the list cannot be read, the points still show: what waits in the outbox, else the proposal.
    const storedNow = state.status === 'ready' ? state.stored : [];
    setPoints((before) => {
      const next = new Map<string, PointDecision>();
      for (const item of meeting.items) {
        const proposed = decisionFromPoint(meeting, item, sourceUrl);
        if (!proposed) continue; // closed: never written
        const read = storedNow.find((each) => each.decision.key === proposed.key) ?? null;
        const kept = before.get(proposed.key);
        if (edited.current.has(proposed.key) && beingWorkedOn(kept)) next.set(proposed.key, kept);
        else {
          edited.current.delete(proposed.key);
          const waiting = pending.find((save) => save.key === proposed.key);
          next.set(proposed.key, pointFrom(proposed, read, waiting, drafts.get(proposed.key)));
        }
      }
      return next;
    });
  }, [meeting, sourceUrl, state, pending, drafts]);

  const update: UpdatePoint = useCallback((key, change) => {
    setPoints((before) => {
      const point = before.get(key);
      return point ? new Map(before).set(key, change(point)) : before;
    });
  }, []);
  return { points, update, edited };
}

interface PointsInHand {
  services: DecisionServices | undefined;
  stored: StoredDecisions;
  points: Map<string, PointDecision>;
  update: UpdatePoint;
  edited: RefObject<Set<string>>;
}

/** Editing one point and saving it; `apply` shows what a save answered. */
function usePointSave({ services, stored, points, update, edited }: PointsInHand) {
  const { keepDraft, remember, refreshPending } = stored;
  // The outcomes the user chose by hand in this visit, by point: new decision text never overwrites them.
  const chosen = useRef(new Map<string, Set<number>>());
  const edit = useCallback(
    (key: string, patch: Partial<Decision>) => {
      const point = points.get(key);
      if (!point) return;
      const mine = chosen.current.get(key) ?? new Set<number>();
      patch.outcomes?.forEach((outcome, index) => {
        if (outcome !== (point.draft.outcomes[index] ?? null)) mine.add(index);
      });
      chosen.current.set(key, mine);
      // Text typed anew proposes again the outcomes the user has not chosen herself.
      const { decision: text, ...rest } = patch;
      const patched = { ...point.draft, ...rest };
      const draft = text === undefined ? patched : withDecisionText(patched, text, mine);
      edited.current.add(key);
      update(key, (each) => ({ ...each, draft, phase: each.phase === 'merged' ? 'merged' : 'unsaved' }));
      keepDraft(key, { key, draft, read: point.read });
    },
    [points, update, keepDraft, edited],
  );

  const apply = useCallback(
    (key: string, result: SaveResult) => {
      if (result.kind === 'saved') {
        edited.current.delete(key);
        remember(result.stored);
      }
      update(key, (point) => afterSave(point, result));
    },
    [update, remember, edited],
  );

  const save = useCallback(
    async (key: string) => {
      const point = points.get(key);
      if (!services || !point) return;
      update(key, (each) => ({ ...each, phase: 'saving' }));
      const result = await services.saver.save(point.read, point.draft);
      // The outbox is read again before the draft goes, so the point never falls back to an old version.
      await refreshPending(result.kind === 'pending' ? result.retryAfterMs : undefined);
      keepDraft(key, null); // the outbox holds it now, until the list has it
      // What the list answered updates the list as read (apply → remember): what depends on every stored
      // decision (the archive's approvals) sees this one too, and nothing is read again.
      apply(key, result);
    },
    [services, points, update, apply, keepDraft, refreshPending],
  );
  /** Drops a kept save and draft the user gave up (one the list refused): the point shows the list's again. */
  const discard = useCallback(
    async (key: string) => {
      if (!services) return;
      await services.saver.discard(key);
      keepDraft(key, null);
      edited.current.delete(key);
      chosen.current.delete(key); // the draft they were chosen in is gone
      await refreshPending();
    },
    [services, keepDraft, edited, refreshPending],
  );
  return { edit, apply, save, discard };
}

/** "Gem alle": every new decided point in one go, with progress and a summary counted from the outbox. */
function useSaveAll({ services, stored, points, edited }: PointsInHand) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ keys: string[] } | null>(null);
  const { pending, keepDraft } = stored;
  // "Gem alle" is for decisions the referat records: never a point without decision text.
  const unstored = useMemo(
    () =>
      [...points.values()].filter(
        (point) => point.read === null && point.phase === 'unsaved' && isDecided(point.draft),
      ),
    [points],
  );

  const saveAll = useCallback(async () => {
    if (!services) return;
    setSummary(null);
    const result = await services.saver.saveAll(
      unstored.map((point) => point.draft),
      (done, total) => setProgress({ done, total }),
    );
    // The outbox as it is now, before the summary counts from it: what the list did not take waits there.
    await stored.refreshPending(result.pending > 0 ? result.retryAfterMs : undefined);
    setProgress(null);
    if (result.saved > 0) stored.accepted();
    setSummary({ keys: unstored.map((point) => point.draft.key) });
    for (const point of unstored) {
      edited.current.delete(point.draft.key);
      keepDraft(point.draft.key, null);
    }
    await stored.takeIn([], result.bulkSaved);
  }, [services, unstored, stored, keepDraft, edited]);

  // What the list took of the last "Gem alle", counted from the outbox now: a save leaves it only when
  // the list has acknowledged it, so what is still there is not said to be saved.
  const saveAllSummary = useMemo(() => {
    if (!summary) return null;
    const waiting = pending.filter((save) => summary.keys.includes(save.key)).length;
    return { saved: summary.keys.length - waiting, pending: waiting };
  }, [summary, pending]);
  return { unstored: unstored.length, saveAll, progress, summary: saveAllSummary };
}

/** The user's answer to a conflict: keep mine, take theirs, or merge the two into a new draft. */
function useResolveConflict(
  { services, stored, points, update, edited }: PointsInHand,
  apply: (key: string, result: SaveResult) => void,
) {
  const { keepDraft } = stored;
  return useCallback(
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
      keepDraft(key, { key, draft: merged, read: theirs });
      update(key, () => ({ read: theirs, draft: merged, phase: 'merged', failure: null, conflict: null }));
    },
    [services, points, update, apply, keepDraft, edited],
  );
}

/** The open points' decisions of one meeting, editable and saveable. */
export function useMeetingDecisions(
  meeting: Meeting,
  sourceUrl: string | null,
  services: DecisionServices | undefined,
  stored: StoredDecisions,
) {
  const { points, update, edited } = useMeetingPoints(meeting, sourceUrl, stored);
  const inHand: PointsInHand = { services, stored, points, update, edited };
  const { edit, apply, save, discard } = usePointSave(inHand);
  const { unstored, saveAll, progress, summary } = useSaveAll(inHand);
  const resolve = useResolveConflict(inHand, apply);
  return { points, edit, save, discard, saveAll, unstored, progress, summary, resolve };
}

export type MeetingDecisions = ReturnType<typeof useMeetingDecisions>;
