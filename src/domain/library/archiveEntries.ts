// The archive lists meetings, not files: the original referat of a meeting, its agenda and the referat
// the app wrote of it are one entry, which names each document it was read from.
import type { Dated } from './currentMeeting';

export interface ArchiveEntry<T> {
  date: string;
  /** The meeting the entry opens: the first of its documents in the order given (the one shown). */
  meeting: T;
  /** Every document of the meeting, in the order given. */
  documents: T[];
}

/** One entry per meeting date, in the order the meetings are given (newest first, as the archive lists). */
export function archiveEntries<T extends Dated>(meetings: readonly T[]): ArchiveEntry<T>[] {
  const byDate = new Map<string, ArchiveEntry<T>>();
  for (const meeting of meetings) {
    const entry = byDate.get(meeting.date);
    if (entry) entry.documents.push(meeting);
    else byDate.set(meeting.date, { date: meeting.date, meeting, documents: [meeting] });
  }
  return [...byDate.values()];
}
