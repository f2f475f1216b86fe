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

export type DocumentType = 'docx' | 'pdf' | 'txt' | 'other';

/** The file type a document's name ends with. */
export function documentType(fileName: string): DocumentType {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'docx' || extension === 'pdf' || extension === 'txt' ? extension : 'other';
}

export interface NamedDocument {
  kind: 'referat' | 'dagsorden';
  type: DocumentType;
  /** The day it was last changed (ISO), only where another document of the entry has its kind and type. */
  changed: string | null;
}

/** How the entry names each of its documents. */
export function documentNames(
  documents: readonly { kind: 'referat' | 'dagsorden'; fileName: string; modified: string }[],
): NamedDocument[] {
  const named = documents.map((each) => ({ kind: each.kind, type: documentType(each.fileName) }));
  return named.map((each, index) => {
    const twins = named.filter((other) => other.kind === each.kind && other.type === each.type).length;
    return { ...each, changed: twins > 1 ? documents[index]!.modified.slice(0, 10) : null };
  });
}
