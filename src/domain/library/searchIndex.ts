// The archive's search index: each open point's fields folded once, when its document is read, and
// kept with the cached meeting, so a keystroke only compares strings (no folding of 500 meetings).
import type { AgendaItem, Meeting } from '../meeting';
import { foldForSearch } from './searchText';

export type MatchField = 'title' | 'caseNumber' | 'decision' | 'text';

/** The fields in the order a hit prefers them. */
export const FIELDS: readonly MatchField[] = ['title', 'caseNumber', 'decision', 'text'];

export interface PointIndex {
  number: number;
  /** Folded title, case number, decision and other text, in the order of FIELDS. */
  folded: [string, string, string, string];
}

export interface MeetingIndex {
  date: string;
  points: PointIndex[];
}

/** The raw text of each field of a point, in the order of FIELDS. */
export function fieldTexts(item: AgendaItem): [string, string, string, string] {
  return [
    item.title,
    item.caseNumber ?? '',
    item.decision ?? '',
    [
      ...item.sections.map((section) => section.text),
      ...item.recommendations,
      ...item.attachments,
      item.presenter ?? '',
    ].join('\n'),
  ];
}

/**
 * The index of one meeting. A closed point is found by its case number alone, which the agenda shows
 * beside "Lukket"; nothing else of it is indexed, whatever the meeting holds.
 */
export function indexMeeting(meeting: Meeting): MeetingIndex {
  return {
    date: meeting.date,
    points: meeting.items.map((item) => ({
      number: item.number,
      folded: (item.closed ? closedFieldTexts(item) : fieldTexts(item)).map(foldForSearch) as [
        string,
        string,
        string,
        string,
      ],
    })),
  };
}

/** What may be searched of a closed point: its case number, in the case number's place. */
export function closedFieldTexts(item: AgendaItem): [string, string, string, string] {
  return ['', item.caseNumber ?? '', '', ''];
}

/** The query's words, folded as the index is. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((word) => word.length > 0);
}

/** The first field (in FIELDS order) holding any word, when every word is somewhere in the point; else -1. */
export function matchingField(point: PointIndex, words: readonly string[]): number {
  // Plain loops, no closures: this runs for every point of the archive on every keystroke.
  const fields = point.folded;
  let first: number = fields.length;
  for (const word of words) {
    let field = 0;
    while (field < fields.length && !fields[field]!.includes(word)) field += 1;
    if (field === fields.length) return -1; // this word is nowhere in the point
    if (field < first) first = field;
  }
  return first;
}
