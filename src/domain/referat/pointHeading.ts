// The line that opens a point: "Punkt 3: CF - Title v. Presenter (9.30-10.00)".
import { normaliseClock } from '../danishDate';
import type { Timeslot } from '../meeting';

export interface PointHeading {
  number: number;
  title: string;
  presenter: string | null;
  timeslot: Timeslot | null;
  closed: boolean;
}

const POINT_LINE = /^Punkt\s+(\d{1,3})\s*[:.]\s*(.*)$/i;
/** The forum's prefix on point titles: "CF - ". */
export const FORUM_PREFIX = /^CF\s*[-–]\s*/i;
const TIMESLOT = /\s*\((?:kl\.?\s*)?(\d{1,2}[.:]\d{2})\s*[-–]\s*(\d{1,2}[.:]\d{2})\)\s*$/i;
const PRESENTER = /\s+v\.\s+(.+)$/;
const CLOSED = /^lukket(?:\s+punkt)?\.?$/i;

/** The number and raw title of a `Punkt N:` line, or null for any other line. */
export function matchPointLine(line: string): { number: number; rest: string } | null {
  if (!startsWithPunkt(line)) return null; // fast path: most lines are rejected without a regex
  const match = POINT_LINE.exec(line);
  return match ? { number: Number(match[1]), rest: match[2]!.trim() } : null;
}

/** "punkt" in any case at the start of the line, by character codes (| 0x20 lowers A–Z). */
function startsWithPunkt(line: string): boolean {
  return (
    line.length > 5 &&
    (line.charCodeAt(0) | 0x20) === 112 &&
    (line.charCodeAt(1) | 0x20) === 117 &&
    (line.charCodeAt(2) | 0x20) === 110 &&
    (line.charCodeAt(3) | 0x20) === 107 &&
    (line.charCodeAt(4) | 0x20) === 116
  );
}

/** The heading of a closed point: its number, and "Lukket" for a title, whatever the line said. */
export function closedPointHeading(number: number): PointHeading {
  return { number, title: 'Lukket', presenter: null, timeslot: null, closed: true };
}

/** Takes the forum prefix, timeslot and presenter off a point title. */
export function parsePointTitle(number: number, raw: string): PointHeading {
  let title = raw.replace(FORUM_PREFIX, '').trim();
  if (CLOSED.test(title)) return closedPointHeading(number);
  let timeslot: Timeslot | null = null;
  const slot = TIMESLOT.exec(title);
  if (slot) {
    const start = normaliseClock(slot[1]!);
    const end = normaliseClock(slot[2]!);
    if (start && end) timeslot = { start, end };
    title = title.slice(0, slot.index).trim();
  }
  let presenter: string | null = null;
  const by = PRESENTER.exec(title);
  if (by) {
    presenter = by[1]!.trim();
    title = title.slice(0, by.index).trim();
  }
  return { number, title, presenter, timeslot, closed: false };
}

/** True when a line repeats the point's title (2014–15 layout), with or without prefix and extras. */
export function repeatsTitle(line: string, heading: PointHeading): boolean {
  const again = parsePointTitle(heading.number, line);
  return again.title.length > 0 && again.title.toLowerCase() === heading.title.toLowerCase();
}
