// SharePoint keeps a date-only column's value as midnight in the site's time zone and answers it in
// UTC: a Copenhagen site given 2026-12-03T00:00:00Z (01:00 there) keeps 3 December and answers
// 2026-12-02T23:00:00Z, and in summer 22:00Z (DESIGN.md §3, issue 9 point 4).

/** The offset of `timeZone` from UTC at `instant`, in ms (Copenhagen in winter: +3,600,000). */
function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

/** The calendar day an instant falls on in the time zone: "2026-12-03". */
export function localDay(instant: number, timeZone: string): string {
  return new Date(instant + offsetMs(instant, timeZone)).toISOString().slice(0, 10);
}

/** Midnight of `day` in the time zone, as Graph answers it: "2026-12-02T23:00:00Z". */
export function localMidnightUtc(day: string, timeZone: string): string {
  const wall = Date.parse(`${day}T00:00:00Z`);
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone); // the offset at midnight itself, across a DST change
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** What a date-only column keeps of a written value: the site's day it falls on, at local midnight. */
export function storedDateOnly(value: string, timeZone: string): string {
  return localMidnightUtc(localDay(Date.parse(value), timeZone), timeZone);
}
