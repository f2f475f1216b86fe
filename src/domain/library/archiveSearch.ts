// Searches every meeting's points: titles, case numbers, decisions and the rest of the text. Closed
// points hold nothing to find (the parser kept nothing of them, and the index leaves them out).
import type { Meeting } from '../meeting';
import {
  FIELDS,
  fieldTexts,
  indexMeeting,
  type MatchField,
  type MeetingIndex,
  matchingField,
  queryWords,
} from './searchIndex';
import { foldForSearch } from './searchText';

export type { MatchField };

export interface SearchHit {
  date: string;
  kind: Meeting['kind'];
  number: number;
  title: string;
  field: MatchField;
  snippet: string;
}

/** A meeting with its search index (built when it was read, or taken from the cache). */
export interface IndexedMeeting {
  meeting: Meeting;
  index: MeetingIndex;
}

const RANK: Record<MatchField, number> = { title: 0, caseNumber: 1, decision: 2, text: 3 };

/** Every point matching all words of the query, the best field of each, newest meeting first. */
export function searchArchive(meetings: readonly Meeting[], query: string): SearchHit[] {
  return searchIndexed(
    meetings.map((meeting) => ({ meeting, index: indexMeeting(meeting) })),
    query,
  );
}

/** As searchArchive, over meetings indexed beforehand: a keystroke compares folded strings only. */
export function searchIndexed(meetings: readonly IndexedMeeting[], query: string): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const { meeting, index } of meetings) {
    for (const point of index.points) {
      const field = matchingField(point, words);
      if (field < 0) continue;
      const item = meeting.items.find((each) => each.number === point.number && !each.closed);
      if (!item) continue;
      hits.push({
        date: meeting.date,
        kind: meeting.kind,
        number: item.number,
        title: item.title,
        field: FIELDS[field]!,
        snippet: snippetOf(fieldTexts(item)[field]!, words),
      });
    }
  }
  return hits.sort(
    (a, b) => b.date.localeCompare(a.date) || RANK[a.field] - RANK[b.field] || a.number - b.number,
  );
}

/** About 120 characters of the text around the first word found. */
function snippetOf(text: string, words: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const folded = foldForSearch(flat);
  const at = Math.max(
    0,
    Math.min(...words.map((word) => folded.indexOf(word)).filter((index) => index >= 0)),
  );
  // Folding can shorten the text ("aa" → "å"), so the position is approximate; that is fine for a snippet.
  const start = Math.max(0, at - 40);
  const end = Math.min(flat.length, start + 120);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
