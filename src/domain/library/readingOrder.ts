// In which order the library reads its documents: the one the file names say is the current meeting
// first (so it is on screen after one download), then the rest newest first, so the archive fills in
// from the meetings people look for most.
import type { LibraryDocument } from '../ports';
import { currentMeeting } from './currentMeeting';
import { dateFromName } from './nameDate';

interface Dated {
  document: LibraryDocument;
  date: string;
}

/**
 * Documents in reading order (`wanted`: the date a link asks for). Undated names come after the dated ones, latest modified first; when no
 * name is dated at all, the latest modified document goes first.
 */
export function readingOrder(
  documents: readonly LibraryDocument[],
  today: string,
  wanted: string | null = null,
): LibraryDocument[] {
  const dated: Dated[] = [];
  const undated: LibraryDocument[] = [];
  for (const document of documents) {
    const date = dateFromName(document.name);
    if (date) dated.push({ document, date });
    else undated.push(document);
  }
  // A deep link's meeting is the one to show, so it is read first instead.
  const current = dated.find((each) => each.date === wanted) ?? currentMeeting(dated, today);
  const rest = dated
    .filter((each) => each !== current)
    .sort((a, b) => b.date.localeCompare(a.date) || a.document.name.localeCompare(b.document.name))
    .map((each) => each.document);
  const later = [...undated].sort((a, b) => b.lastModifiedDateTime.localeCompare(a.lastModifiedDateTime));
  return [...(current ? [current.document] : []), ...rest, ...later];
}
