// During the meeting, the point whose timeslot holds the present moment.
import type { Meeting } from '../meeting';

/** The number of the point under way at `now` (local date `today`, time `HH:MM`), or null. */
export function currentPointNumber(
  meeting: Pick<Meeting, 'date' | 'items'>,
  today: string,
  time: string,
): number | null {
  if (meeting.date !== today) return null;
  const point = meeting.items.find(
    (item) => item.timeslot !== null && item.timeslot.start <= time && time < item.timeslot.end,
  );
  return point?.number ?? null;
}
