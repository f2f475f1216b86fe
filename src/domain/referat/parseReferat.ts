// Text of a Chefforum dagsorden or referat → Meeting (DESIGN.md §1, docs/referat-format.md).
import { caseNumberOf } from '../caseNumber';
import type { AgendaItem, Meeting, ParseIssue } from '../meeting';
import { absenteesOf } from './absences';
import { approvesOf } from './approvingPoint';
import { closedHeadingOf } from './closedHeading';
import { isMeetingHeaderLine, parseHeader } from './header';
import { NotAReferatError } from './NotAReferatError';
import { type NumberedLine, splitLines } from './numberedLine';
import { parsePointBody } from './pointBody';
import { closedPointHeading, matchPointLine, parsePointTitle } from './pointHeading';
import { tocEntryOf } from './tableOfContents';

/**
 * Where a point starts. An open one at a `Punkt N:` line numbered above the open point before it; a
 * closed one at any line that marks a point closed, whatever its number or order (fail closed: what
 * follows it up to the next point is never kept). `irregular`: a closed heading in an unusual form, or
 * with no number of its own.
 */
interface PointStart {
  index: number;
  number: number;
  rest: string;
  closed: boolean;
  irregular: boolean;
}

/**
 * Parses both layouts (2014–15 and 2019+). Never throws on odd input: what it cannot place comes back
 * in `issues`. Throws `NotAReferatError` only when the text has neither a header nor a single point.
 */
export function parseReferat(text: string): Meeting {
  const all = splitLines(text);
  const repeat = findRepeatedMeeting(all);
  // A second copy of the meeting (a file of the same referat again and again, or another meeting after
  // it) is not folded into the last point: the first meeting is read, and the reader is told.
  const lines = repeat === null ? all : all.slice(0, repeat);
  const starts = findPointStarts(lines);
  const header = parseHeader(lines.slice(0, starts[0]?.index ?? lines.length));
  if (starts.length === 0 && header.kind === null) throw new NotAReferatError();

  const issues: ParseIssue[] = [...header.issues];
  if (repeat !== null) issues.push({ code: 'repeated-meeting', line: all[repeat]!.line });
  const items: AgendaItem[] = [];
  let inSequence = 0; // the number of the last point that came in its place
  starts.forEach((start, index) => {
    const { number, closed } = start;
    const line = lines[start.index]!.line;
    const body = lines.slice(start.index + 1, starts[index + 1]?.index ?? lines.length);
    const heading = closed ? closedPointHeading(number) : parsePointTitle(number, start.rest);
    const parsed = parsePointBody(heading, body);
    const approves = approvesOf(parsed.item);
    items.push(approves ? { ...parsed.item, approves } : parsed.item);
    issues.push(...parsed.issues.map((issue) => ({ ...issue, point: number })));
    const outOfOrder = items.length > 1 && number !== inSequence + 1;
    if (closed && (start.irregular || outOfOrder)) {
      // When in doubt, hidden: the reader is told, and the secretary can look at the document.
      issues.push({ code: 'closed-heading-irregular', line, number });
      return;
    }
    if (outOfOrder) {
      issues.push({ code: 'point-out-of-order', line, number, previous: inSequence });
    }
    inSequence = number;
  });

  if (starts.length === 0) issues.push({ code: 'no-points', line: 1 });
  if (header.date === null) issues.push({ code: 'no-date', line: 1 });
  if (header.toc.length > 0 && header.toc.length !== items.length) {
    issues.push({
      code: 'toc-mismatch',
      line: header.toc[0]!.line,
      listed: header.toc.length,
      found: items.length,
    });
  }
  return {
    kind: header.kind ?? (items.some((item) => item.decision !== null) ? 'referat' : 'dagsorden'),
    forum: header.forum ?? 'Chefforum',
    date: header.date ?? '',
    start: header.start,
    location: header.location,
    absent: unique([...header.absent, ...items.flatMap(absenteesInDecision)]),
    items,
    issues: issues.sort((a, b) => a.line - b.line),
  };
}

/**
 * The points' starts. A `Punkt N:` line opens a point when N is above the last open point's (so
 * "Punkt 8:" quoted later is text) and it is no table-of-contents entry. A closed heading always opens
 * one; without a number of its own it closes the point it stands in when nothing but a case number
 * came before it there ("Punkt 3:" wrapped onto "Lukket"), else it opens closed content numbered as that
 * point. Before the first point, a table-of-contents entry is only an entry.
 */
function findPointStarts(lines: readonly NumberedLine[]): PointStart[] {
  const starts: PointStart[] = [];
  let lastOpen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const { text, line } = lines[index]!;
    if (text === '') continue;
    const current = starts[starts.length - 1];
    const closed = closedHeadingOf(text);
    if (closed && (current !== undefined || tocEntryOf(text, line) === null)) {
      if (closed.number !== null) {
        starts.push({ index, number: closed.number, rest: '', closed: true, irregular: !closed.regular });
      } else if (current && !current.closed && !hasContent(lines, current.index + 1, index)) {
        Object.assign(current, { closed: true, irregular: true });
      } else if (current && !current.closed) {
        starts.push({ index, number: current.number, rest: '', closed: true, irregular: true });
      }
      continue;
    }
    const point = matchPointLine(text);
    // Closed content does not end at its own number again: "Punkt 3: Lukket" followed by
    // "Punkt 3: Personalesag …" (its real title written under it) stays hidden.
    const repeatsClosed = current?.closed === true && point?.number === current.number;
    if (point && point.number > lastOpen && !repeatsClosed && tocEntryOf(text, line) === null) {
      starts.push({ index, number: point.number, rest: point.rest, closed: false, irregular: false });
      lastOpen = point.number;
    }
  }
  return starts;
}

/**
 * Where a second meeting starts, if one does: a meeting's header (its title or `Mødedato` line) after
 * the first point, followed by a point numbered no higher than one already read (numbering restarts);
 * or, without a header, the first point's own heading again after a later point. Null when none does.
 */
function findRepeatedMeeting(lines: readonly NumberedLine[]): number | null {
  let first: string | null = null;
  let highest = 0;
  let header: number | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const { text } = lines[index]!;
    if (text === '') continue;
    if (first !== null && header === null && isMeetingHeaderLine(text)) {
      header = index;
      continue;
    }
    const point = matchPointLine(text);
    if (!point) continue;
    if (first === null) first = text;
    else if (point.number <= highest && header !== null) return header;
    else if (point.number <= highest && text === first) return index;
    if (point.number > highest) {
      highest = point.number;
      header = null;
    }
  }
  return null;
}

/** Whether lines[from, to) hold anything but blank lines and case numbers. */
function hasContent(lines: readonly NumberedLine[], from: number, to: number): boolean {
  return lines.slice(from, to).some(({ text }) => text !== '' && caseNumberOf(text) === null);
}

/** "Chefen for Dagtilbud deltog ikke i mødet." written as a paragraph of a decision. */
function absenteesInDecision(item: AgendaItem): string[] {
  if (item.decision === null) return [];
  // Most decisions name no absentee: skip the split unless one of absenteesOf's openings is there.
  if (!item.decision.includes('deltog ikke') && !/afbud/i.test(item.decision)) return [];
  return item.decision.split('\n\n').flatMap((paragraph) => absenteesOf(paragraph) ?? []);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
