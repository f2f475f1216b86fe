// The meeting's progress as this panel sees it: read when the tab opens (a late joiner lands on the
// current point) and every few seconds after; moved on or taken over by the user who leads.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  advance,
  canLead,
  type MeetingProgress,
  notStarted,
  type PointOrder,
  type Standing,
  takeOver,
} from '../../../domain/meetingProgress/meetingProgress';
import { failureOf } from '../../../domain/failure';
import type { StoredProgress } from '../../../domain/meetingProgress/MeetingProgressStore';
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

const isConflict = (error: unknown) => ['precondition-failed', 'conflict'].includes(failureOf(error).code);

type Failed = LiveProgress['failed'];

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

/** The progress as last read or written, read again every few seconds; a failed read is remembered. */
function usePolledProgress(services: MeetingProgressServices | undefined, meetingDate: string | null) {
  const [stored, setStored] = useState<StoredProgress | null>(null);
  const [failed, setFailed] = useState<Failed>(null);
  const [readAt, setReadAt] = useState(0);
  const latest = useRef<StoredProgress | null>(null);
  const accept = useCallback((next: StoredProgress | null) => {
    latest.current = next;
    setStored(next);
    setReadAt(Date.now());
  }, []);
  useEffect(() => {
    if (!services || !meetingDate) return undefined;
    return pollProgress(
      services.store,
      meetingDate,
      services.pollMs,
      (next) => {
        accept(next);
        setFailed((was) => (was === 'read' ? null : was));
      },
      () => setFailed('read'),
    );
  }, [services, meetingDate, accept]);
  return { stored, failed, setFailed, readAt, latest, accept };
}

/** Writes a change of the progress read last; on a conflict shows where it is now instead. */
function useProgressWrite(
  services: MeetingProgressServices | undefined,
  meetingDate: string | null,
  {
    latest,
    accept,
    setFailed,
  }: Pick<ReturnType<typeof usePolledProgress>, 'latest' | 'accept' | 'setFailed'>,
) {
  const [busy, setBusy] = useState(false);
  const write = useCallback(
    (change: (progress: MeetingProgress) => MeetingProgress) => {
      if (!services || !meetingDate) return;
      const base = latest.current;
      const next = change(base?.progress ?? notStarted(meetingDate));
      setBusy(true);
      services.store
        .write(next, base?.version ?? null)
        .then(
          (written) => {
            accept(written);
            setFailed(null);
          },
          async (error: unknown) => {
            // Someone moved it meanwhile: show where it is now; the leader decides again.
            if (isConflict(error)) accept(await services.store.read(meetingDate));
            else setFailed('write');
          },
        )
        .catch(() => setFailed('write'))
        .finally(() => setBusy(false));
    },
    [services, meetingDate, accept, latest, setFailed],
  );
  return { busy, write };
}

export function useMeetingProgress(
  services: MeetingProgressServices | undefined,
  meetingDate: string | null,
): LiveProgress {
  const standing = useStanding(services, meetingDate);
  const polled = usePolledProgress(services, meetingDate);
  const { busy, write } = useProgressWrite(services, meetingDate, polled);
  const progress = polled.stored?.progress ?? null;
  const me = services?.me;
  return {
    following: Boolean(services && meetingDate),
    progress,
    canLead: Boolean(me && canLead(progress ?? notStarted(''), me.id, standing)),
    failed: polled.failed,
    busy,
    readAt: polled.readAt,
    moveOn: (meeting, at) =>
      write((current) => advance(meeting, current, progress?.current ?? null, at.toISOString(), me!)),
    takeOver: () => write((current) => takeOver(current, me!)),
  };
}
