// Danish calendar words and the date/time forms Chefforum documents use.

/** The Danish month names, January first. */
export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  DANISH_MONTHS.map((name, index) => [name, index + 1]),
);

const WRITTEN_DATE =
  /(\d{1,2})\.?\s+(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(\d{4})/i;
const NUMERIC_DATE = /(\d{1,2})[-./](\d{1,2})[-./](\d{4})/;
const CLOCK = /(\d{1,2})[.:](\d{2})/;

/** ISO date `YYYY-MM-DD` for a valid day, else null (so "31. februar" is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date written as "8. oktober 2020" in the text, as ISO. */
export function findWrittenDate(text: string): string | null {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return null;
  const month = MONTH_BY_NAME.get(match[2]!.toLowerCase())!;
  return isoDate(Number(match[3]), month, Number(match[1]));
}

/** The first date written as "08-10-2020" (also with "." or "/"), as ISO. */
export function findNumericDate(text: string): string | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** "9.30" or "09:30" → "09:30"; null when it is no time of day. */
export function normaliseClock(text: string): string | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** The number of a Danish month name (10 for "oktober", any case), or null. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase()) ?? null;
}

/** The Danish name of a month, 1-based ("oktober" for 10). */
export function monthName(month: number): string {
  return DANISH_MONTHS[month - 1] ?? '';
}

/** "2020-10-08" → "8. oktober 2020" (the long Danish date, no weekday); other text unchanged. */
export function danishLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])}. ${monthName(Number(match[2]))} ${match[1]}`;
}
