// The long Danish date with its weekday, as the forum's documents head a meeting: "torsdag den 14. januar 2027".
import { monthName } from './danishDate';

/** The Danish weekday names, Sunday first (as Date.getDay counts). */
export const DANISH_WEEKDAYS = [
  'søndag',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
] as const;

/** "2027-01-14" → "torsdag den 14. januar 2027"; null for anything that is no ISO day. */
export function danishWeekdayDate(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // The weekday of a calendar day is a pure function of it; UTC keeps it free of the machine's time zone.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${DANISH_WEEKDAYS[date.getUTCDay()]} den ${day}. ${monthName(month)} ${year}`;
}
