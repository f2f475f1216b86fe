// A referat records a meeting held: it is written and published from the meeting's day on, that day as
// the forum keeps it (Europe/Copenhagen), whatever time zone the user's own machine is set to.

/** The forum's time zone: its meetings' dates are days in Copenhagen. */
export const FORUM_TIME_ZONE = 'Europe/Copenhagen';

const DAY_IN_COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: FORUM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of a moment in Copenhagen, as ISO ("2027-01-13" at 23:30 UTC on the 13th is the 14th). */
export function forumDay(moment: Date): string {
  const parts = Object.fromEntries(
    DAY_IN_COPENHAGEN.formatToParts(moment).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Whether the referat of a meeting may be written and published at `now`: from the meeting's day on.
 * A meeting whose date could not be read is not held back (there is no day to wait for).
 */
export function mayWriteReferat(meetingDate: string, now: Date): boolean {
  return meetingDate === '' || meetingDate <= forumDay(now);
}
