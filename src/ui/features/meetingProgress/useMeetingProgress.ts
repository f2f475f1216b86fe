// The meeting's progress as this panel sees it: read when the tab opens (a late joiner lands on the
// current point) and every few seconds after; moved on or taken over by the user who leads. The state
// and its transitions are the pure liveState.ts, what it asks of the store liveEffects.ts: this hook
// only wires them to React.
import { useEffect, useReducer, useState } from 'react';
import { runProgressCommand } from '../../../domain/meetingProgress/liveEffects';
import { initialLive, reduceLive } from '../../../domain/meetingProgress/liveState';
import {
  canLead,
  type MeetingProgress,
  notStarted,
  type PointOrder,
  type Standing,
} from '../../../domain/meetingProgress/meetingProgress';
import { pollProgress } from './pollProgress';
import type { MeetingProgressServices } from './progressServices';

export interface LiveProgress {
  /** Whether the panel follows a meeting today (false: no progress to show). */
  following: boolean;
  progress: MeetingProgress | null;
  canLead: boolean;
  /** The last read or write failed: the panel shows the last known point and says so. */
  failed: 'read' | 'write' | null;
  busy: boolean;
  /** When the panel last heard from the list (re-renders the running-late figure). */
  readAt: number;
  moveOn(meeting: PointOrder, at: Date): void;
  takeOver(): void;
}

/** Where this user stands towards leading the meeting (organizer, team owner in the channel, or not). */
function useStanding(services: MeetingProgressServices | undefined, meetingDate: string | null) {
  const [standing, setStanding] = useState<Standing>('participant');
  useEffect(() => {
    if (!services || !meetingDate) return undefined;
    let live = true;
    services
      .standing()
      .catch((): Standing => 'participant') // no chat or no consent: someone can still take over
      .then((found) => live && setStanding(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services, meetingDate]);
  return standing;
}

/** The live state (liveState.ts) wired to the store: polled reads, and each command the state asks for. */
function useLiveState(services: MeetingProgressServices | undefined, meetingDate: string | null) {
  const [state, dispatch] = useReducer(reduceLive, meetingDate ?? '', initialLive);
  useEffect(() => dispatch({ type: 'reset', meetingDate: meetingDate ?? '' }), [meetingDate]);
  useEffect(() => {
    if (!services || !meetingDate) return undefined;
    return pollProgress(
      services.store,
      meetingDate,
      services.pollMs,
      (stored) => dispatch({ type: 'read', stored, at: Date.now() }),
      () => dispatch({ type: 'read-failed' }),
    );
  }, [services, meetingDate]);
  const { command } = state;
  useEffect(() => {
    if (!services || !meetingDate || !command) return;
    // The answer carries the command's serial: one that comes after another ask is ignored there.
    void runProgressCommand(services.store, meetingDate, command, () => Date.now()).then(dispatch);
  }, [services, meetingDate, command]);
  return [state, dispatch] as const;
}

export function useMeetingProgress(
  services: MeetingProgressServices | undefined,
  meetingDate: string | null,
): LiveProgress {
  const standing = useStanding(services, meetingDate);
  const [state, dispatch] = useLiveState(services, meetingDate);
  const progress = state.stored?.progress ?? null;
  const me = services?.me;
  return {
    following: Boolean(services && meetingDate),
    progress,
    canLead: Boolean(me && canLead(progress ?? notStarted(''), me.id, standing)),
    failed: state.failed,
    busy: state.change !== null,
    readAt: state.readAt,
    moveOn: (meeting, at) =>
      me && dispatch({ type: 'advance', order: meeting, at: at.toISOString(), leader: me }),
    takeOver: () => me && dispatch({ type: 'take-over', leader: me }),
  };
}
