// Searches every meeting's points: titles, case numbers, decisions and the rest of the text. Closed
// points hold nothing to find (the parser kept nothing of them).
import type { AgendaItem, Meeting } from '../meeting';
import { foldForSearch } from './searchText';

export type MatchField = 'title' | 'caseNumber' | 'decision' | 'text';

export interface SearchHit {
  date: string;
  kind: Meeting['kind'];
  number: number;
  title: string;
  field: MatchField;
  snippet: string;
}

const RANK: Record<MatchField, number> = { title: 0, caseNumber: 1, decision: 2, text: 3 };

/** Every point matching all words of the query, the best field of each, newest meeting first. */
export function searchArchive(meetings: readonly Meeting[], query: string): SearchHit[] {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      if (item.closed) continue;
      const hit = bestField(item, words);
      if (hit)
        hits.push({ date: meeting.date, kind: meeting.kind, number: item.number, title: item.title, ...hit });
    }
  }
  return hits.sort(
    (a, b) => b.date.localeCompare(a.date) || RANK[a.field] - RANK[b.field] || a.number - b.number,
  );
}

function fieldsOf(item: AgendaItem): [MatchField, string][] {
  return [
    ['title', item.title],
    ['caseNumber', item.caseNumber ?? ''],
    ['decision', item.decision ?? ''],
    [
      'text',
      [
        ...item.sections.map((section) => section.text),
        ...item.recommendations,
        ...item.attachments,
        item.presenter ?? '',
      ].join('\n'),
    ],
  ];
}

function bestField(item: AgendaItem, words: string[]): { field: MatchField; snippet: string } | null {
  const all = foldForSearch(
    fieldsOf(item)
      .map(([, text]) => text)
      .join('\n'),
  );
  if (!words.every((word) => all.includes(word))) return null;
  for (const [field, text] of fieldsOf(item)) {
    const folded = foldForSearch(text);
    if (words.some((word) => folded.includes(word))) return { field, snippet: snippetOf(text, words) };
  }
  return null;
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
