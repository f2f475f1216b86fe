// How late the meeting runs, from the agenda's timeslots and the moments points actually started.
// Pure: times are minutes since local midnight, the caller reads its clock.
import type { Meeting } from '../meeting';

export interface PlannedSlot {
  number: number;
  start: number;
  end: number;
}

export type Lateness =
  | { status: 'unknown' }
  | { status: 'on-time'; projectedEnd: number }
  | { status: 'late'; minutes: number; projectedEnd: number };

/** "09:05" → 545; null for anything else. */
export function minutesOf(time: string | null | undefined): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 545 → "09:05" (past midnight wraps). */
export function clockOf(minutes: number): string {
  const day = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/**
 * Each point's planned slot. A point without a timeslot (approval of the agenda, "Evt.", a closed
 * point) runs from where the previous one ended (the meeting's start for the first) to where the
 * next timed one starts; the last such point takes no time. Points before any known time are left out.
 */
export function plannedSchedule(meeting: Pick<Meeting, 'start' | 'items'>): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  let cursor = minutesOf(meeting.start);
  meeting.items.forEach((item, index) => {
    const start = minutesOf(item.timeslot?.start) ?? cursor;
    const nextTimed = meeting.items.slice(index + 1).find((later) => later.timeslot)?.timeslot?.start;
    const end = minutesOf(item.timeslot?.end) ?? minutesOf(nextTimed) ?? start;
    if (start === null || end === null) return;
    slots.push({ number: item.number, start, end: Math.max(start, end) });
    cursor = Math.max(start, end);
  });
  return slots;
}

/**
 * The current point, started at `startedAt`, ends at the later of its planned length from its start
 * and now; how much that is past its planned end is how late the meeting runs, and the meeting's
 * planned end moves by as much. Ahead of plan counts as on time (the next point waits for its slot).
 */
export function runningLate(
  schedule: readonly PlannedSlot[],
  current: { number: number; startedAt: number } | null,
  now: number,
): Lateness {
  const slot = current && schedule.find((planned) => planned.number === current.number);
  const last = schedule[schedule.length - 1];
  if (!current || !slot || !last) return { status: 'unknown' };
  const expectedEnd = Math.max(current.startedAt + (slot.end - slot.start), now);
  const late = Math.round(expectedEnd - slot.end);
  if (late <= 0) return { status: 'on-time', projectedEnd: last.end };
  return { status: 'late', minutes: late, projectedEnd: last.end + late };
}
