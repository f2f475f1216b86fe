// The meeting under way as one panel holds it: a pure (state, event) → state. The panel reads the
// progress every few seconds; its leader moves it on or takes it over, which asks for a write of the
// progress read last, with its version. A write that meets someone else's change (412, or 409 on the
// first create) asks for a re-read, and the change is applied again to what is stored now: `advance`
// names the point the leader saw, so a point is never skipped; moved meanwhile, nothing is written and
// the panel shows where the meeting is. What each state asks of the store is `command` (liveEffects.ts).
import type { StoredProgress } from '../ports';
import {
  advance,
  type Leader,
  type MeetingProgress,
  notStarted,
  type PointOrder,
  takeOver,
} from './meetingProgress';

/** The leader's change: moving on from the point seen, or taking over. */
export type ProgressChange =
  | { kind: 'advance'; order: PointOrder; expectedCurrent: number | null; at: string; leader: Leader }
  | { kind: 'take-over'; leader: Leader };

/** What the state asks of the store; `serial` tells its answer from a late one to an older ask. */
export type ProgressCommand =
  | { kind: 'write'; serial: number; next: MeetingProgress; replaces: string | null }
  | { kind: 'reread'; serial: number };

export interface LiveState {
  meetingDate: string;
  /** The progress as last read or written, with its version; null before anything is stored. */
  stored: StoredProgress | null;
  /** The last read or write failed: the panel shows the last known point and says so. */
  failed: 'read' | 'write' | null;
  /** When the panel last heard from the store (ms). */
  readAt: number;
  /** The change being written (the panel is busy), kept to apply again after a conflict. */
  change: ProgressChange | null;
  attempts: number;
  command: ProgressCommand | null;
  serial: number;
}

export type LiveEvent =
  | { type: 'reset'; meetingDate: string }
  | { type: 'read'; stored: StoredProgress | null; at: number }
  | { type: 'read-failed' }
  | { type: 'advance'; order: PointOrder; at: string; leader: Leader }
  | { type: 'take-over'; leader: Leader }
  | { type: 'written'; serial: number; stored: StoredProgress; at: number }
  | { type: 'conflicted'; serial: number }
  | { type: 'reread'; serial: number; stored: StoredProgress | null; at: number }
  | { type: 'write-failed'; serial: number };

/** How often a change is applied again after conflicts before the leader is left to decide again. */
export const MAX_ATTEMPTS = 3;

export function initialLive(meetingDate: string): LiveState {
  return {
    meetingDate,
    stored: null,
    failed: null,
    readAt: 0,
    change: null,
    attempts: 0,
    command: null,
    serial: 0,
  };
}

function applied(change: ProgressChange, progress: MeetingProgress): MeetingProgress {
  return change.kind === 'advance'
    ? advance(change.order, progress, change.expectedCurrent, change.at, change.leader)
    : takeOver(progress, change.leader);
}

/** Asks to write `change` over the progress stored now; nothing when it changes nothing (moved meanwhile). */
function send(state: LiveState, change: ProgressChange, attempts: number): LiveState {
  const current = state.stored?.progress ?? notStarted(state.meetingDate);
  const next = applied(change, current);
  if (next === current) return { ...state, change: null, attempts: 0, command: null };
  const serial = state.serial + 1;
  const replaces = state.stored?.version ?? null;
  return { ...state, change, attempts, serial, command: { kind: 'write', serial, next, replaces } };
}

const settled = (state: LiveState): LiveState => ({ ...state, change: null, attempts: 0, command: null });

export function reduceLive(state: LiveState, event: LiveEvent): LiveState {
  switch (event.type) {
    case 'reset':
      return event.meetingDate === state.meetingDate ? state : initialLive(event.meetingDate);
    case 'read':
      return {
        ...state,
        stored: event.stored,
        readAt: event.at,
        failed: state.failed === 'read' ? null : state.failed,
      };
    case 'read-failed':
      return { ...state, failed: 'read' };
    case 'advance': {
      if (state.change) return state; // a double click while the first is written
      const expectedCurrent = state.stored?.progress.current ?? null;
      const { order, at, leader } = event;
      return send(state, { kind: 'advance', order, expectedCurrent, at, leader }, 1);
    }
    case 'take-over':
      return state.change ? state : send(state, { kind: 'take-over', leader: event.leader }, 1);
    default:
      return answered(state, event);
  }
}

/** The store's answer to the state's command; an answer to an older command is ignored. */
function answered(state: LiveState, event: Extract<LiveEvent, { serial: number }>): LiveState {
  if (state.command?.serial !== event.serial) return state;
  switch (event.type) {
    case 'written':
      return { ...settled(state), stored: event.stored, readAt: event.at, failed: null };
    case 'conflicted': {
      const serial = state.serial + 1;
      return { ...state, serial, command: { kind: 'reread', serial } };
    }
    case 'reread': {
      const fresh = { ...state, stored: event.stored, readAt: event.at };
      if (!state.change || state.attempts >= MAX_ATTEMPTS) return settled(fresh);
      return send(fresh, state.change, state.attempts + 1);
    }
    case 'write-failed':
      return { ...settled(state), failed: 'write' };
  }
}
