// Searches every meeting's points: titles, case numbers, decisions and the rest of the text. Closed
// points hold nothing to find (the parser kept nothing of them, and the index leaves them out).
import type { Meeting } from '../meeting';
import {
  closedFieldTexts,
  FIELDS,
  fieldTexts,
  indexMeeting,
  type MatchField,
  type MeetingIndex,
  matchingField,
  queryWords,
} from './searchIndex';

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

/** Every point matching all words of the query, the best field of each, newest meeting first. */
export function searchArchive(meetings: readonly Meeting[], query: string): SearchHit[] {
  const indexed = meetings.map((meeting) => ({ meeting, index: indexMeeting(meeting) }));
  return searchIndexed(indexed, query).hits;
}

/**
 * As searchArchive, over meetings indexed beforehand: a keystroke compares folded strings only, and
 * snippets are cut for the first `limit` hits alone (the ones shown); `total` counts them all.
 */
export function searchIndexed(
  meetings: readonly IndexedMeeting[],
  query: string,
  limit = Infinity,
): { total: number; hits: SearchHit[] } {
  const words = queryWords(query);
  if (words.length === 0) return { total: 0, hits: [] };
  // `at`: the point's place in the meeting (the index lists the items in order), not its number, which a
  // closed heading may repeat: a hit on a closed point must never show an open point's text.
  const found: { meeting: Meeting; at: number; number: number; field: number; folded: string }[] = [];
  for (const { meeting, index } of meetings) {
    for (let at = 0; at < index.points.length; at += 1) {
      const point = index.points[at]!;
      const field = matchingField(point, words);
      if (field >= 0) found.push({ meeting, at, number: point.number, field, folded: point.folded[field]! });
    }
  }
  // ISO dates compare as plain strings; localeCompare would cost more than the search itself.
  found.sort((a, b) =>
    a.meeting.date === b.meeting.date
      ? a.field - b.field || a.number - b.number
      : a.meeting.date < b.meeting.date
        ? 1
        : -1,
  );
  // A meeting read from two documents (its original and the app's referat, or agenda and referat) is
  // one meeting: each of its points is one hit, the one whose best field matched. A closed point may
  // share its number with an open one (parseReferat), so it is told apart by being closed.
  const seen = new Set<string>();
  const points = found.filter(({ meeting, at, number }) => {
    const key = `${meeting.date}#${number}#${meeting.items[at]?.closed === true}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const hits = points.slice(0, limit).flatMap(({ meeting, at, number, field, folded }) => {
    const item = meeting.items[at];
    if (!item || item.number !== number) return [];
    const texts = item.closed ? closedFieldTexts(item) : fieldTexts(item);
    const hit: SearchHit = {
      date: meeting.date,
      kind: meeting.kind,
      number,
      title: item.title, // a closed point's is the document's own "Lukket"
      field: FIELDS[field]!,
      snippet: snippetOf(texts[field]!, folded, words),
    };
    return [hit];
  });
  return { total: points.length, hits };
}

/** About 120 characters of the text around the first word found (`folded`: the text as indexed). */
function snippetOf(text: string, folded: string, words: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = Math.max(
    0,
    Math.min(...words.map((word) => folded.indexOf(word)).filter((index) => index >= 0)),
  );
  // Folding can shorten the text ("aa" → "å"), so the position is approximate; that is fine for a snippet.
  const start = Math.max(0, at - 40);
  const end = Math.min(flat.length, start + 120);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
