// Which meeting the tab opens on: the next meeting on or after today, else the latest one.

export interface Dated {
  date: string; // ISO "2027-01-14"
}

/** The meeting to show first; null for an empty library. Dates compare as ISO text. */
export function currentMeeting<T extends Dated>(meetings: readonly T[], today: string): T | null {
  const dated = meetings.filter((meeting) => /^\d{4}-\d{2}-\d{2}$/.test(meeting.date));
  const coming = dated
    .filter((meeting) => meeting.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (coming.length > 0) return coming[0]!;
  return [...dated].sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
}

/** Newest first, as the archive lists them. */
export function newestFirst<T extends Dated>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => b.date.localeCompare(a.date));
}
