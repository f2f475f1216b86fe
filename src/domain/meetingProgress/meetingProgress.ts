// Where a meeting is: the point under way, who leads it, and when each point actually started and
// ended. The secretary moves it on; every panel shows it. Times are ISO instants (UTC), so panels in
// any time zone and the written referat read the same moments.
import type { AgendaItem } from '../meeting';

/** All that moving on needs of a meeting: its points' numbers, in order. */
export interface PointOrder {
  items: readonly Pick<AgendaItem, 'number'>[];
}

export interface PointRun {
  number: number;
  startedAt: string;
  endedAt: string | null;
}

export interface Leader {
  id: string;
  name: string;
}

export interface MeetingProgress {
  meetingDate: string;
  /** The point under way; null before the first point and after the last. */
  current: number | null;
  /** Whoever moved the meeting on last, or took over; null before anyone did. */
  leader: Leader | null;
  /** Each point's actual start and end, in the order they ran. */
  runs: PointRun[];
  /** True once the last point ended. */
  ended: boolean;
}

export function notStarted(meetingDate: string): MeetingProgress {
  return { meetingDate, current: null, leader: null, runs: [], ended: false };
}

/** The point after the current one in the agenda's order (the first before the meeting starts). */
export function nextPointNumber(meeting: PointOrder, progress: MeetingProgress): number | null {
  if (progress.ended) return null;
  // Each number once, where it first stands: a closed heading that repeats a number is no step of its own.
  const numbers = [...new Set(meeting.items.map((item) => item.number))];
  if (progress.current === null) return numbers[0] ?? null;
  return numbers[numbers.indexOf(progress.current) + 1] ?? null;
}

/**
 * Moves the meeting on at `at`: the current point ends and the next one starts; after the last point
 * the meeting has ended. `expectedCurrent` is the point the leader saw: if someone moved the meeting
 * meanwhile, nothing happens (a double click or two leaders never skip a point).
 */
export function advance(
  meeting: PointOrder,
  progress: MeetingProgress,
  expectedCurrent: number | null,
  at: string,
  leader: Leader,
): MeetingProgress {
  if (progress.current !== expectedCurrent || progress.ended) return progress;
  const next = nextPointNumber(meeting, progress);
  const runs = progress.runs.map((run) =>
    run.number === progress.current && run.endedAt === null ? { ...run, endedAt: at } : run,
  );
  if (next === null) return { ...progress, current: null, leader, runs, ended: true };
  return {
    ...progress,
    current: next,
    leader,
    runs: [...runs, { number: next, startedAt: at, endedAt: null }],
  };
}

/** A new leader takes the meeting over, where it stands (the secretary's connection dropped). */
export function takeOver(progress: MeetingProgress, leader: Leader): MeetingProgress {
  return { ...progress, leader };
}

/**
 * Where the user stands towards leading: the meeting's organizer (in the meeting's own tab), a team
 * owner in the channel's tab (the secretary, who often leads a Chefforum meeting from a room with a
 * screen, not from inside a Teams meeting), or a participant.
 */
export type Standing = 'organizer' | 'owner' | 'participant';

/**
 * Whether this user moves the meeting on: the meeting's organizer always; whoever leads it now; and a
 * team owner in the channel's tab until someone leads (whoever starts it leads it; after that an owner
 * takes over as anyone else does, so two leaders never both move it on).
 */
export function canLead(progress: MeetingProgress, userId: string, standing: Standing): boolean {
  if (standing === 'organizer' || progress.leader?.id === userId) return true;
  return standing === 'owner' && progress.leader === null && !progress.ended;
}

/** The progress as stored text, and back; anything unreadable reads as not started (never a crash). */
export function progressToJson(progress: MeetingProgress): string {
  return JSON.stringify(progress);
}

export function progressFromJson(meetingDate: string, text: unknown): MeetingProgress {
  if (typeof text !== 'string') return notStarted(meetingDate);
  try {
    const value = JSON.parse(text) as Partial<MeetingProgress>;
    const runs = Array.isArray(value.runs) ? value.runs.filter(isRun) : [];
    return {
      meetingDate,
      current: typeof value.current === 'number' ? value.current : null,
      leader: isLeader(value.leader) ? value.leader : null,
      runs,
      ended: value.ended === true,
    };
  } catch {
    return notStarted(meetingDate);
  }
}

const isRun = (run: unknown): run is PointRun =>
  typeof (run as PointRun)?.number === 'number' && typeof (run as PointRun).startedAt === 'string';
const isLeader = (leader: unknown): leader is Leader =>
  typeof (leader as Leader)?.id === 'string' && typeof (leader as Leader).name === 'string';
