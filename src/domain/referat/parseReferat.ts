// Text of a Chefforum dagsorden or referat → Meeting (DESIGN.md §1, docs/referat-format.md).
import type { AgendaItem, Meeting, ParseIssue } from '../meeting';
import { absenteesOf } from './absences';
import { parseHeader } from './header';
import { NotAReferatError } from './NotAReferatError';
import { type NumberedLine, splitLines } from './numberedLine';
import { parsePointBody } from './pointBody';
import { matchPointLine, parsePointTitle } from './pointHeading';
import { tocEntryOf } from './tableOfContents';

/**
 * Parses both layouts (2014–15 and 2019+). Never throws on odd input: what it cannot place comes back
 * in `issues`. Throws `NotAReferatError` only when the text has neither a header nor a single point.
 */
export function parseReferat(text: string): Meeting {
  const lines = splitLines(text);
  const starts = findPointStarts(lines);
  const header = parseHeader(lines.slice(0, starts[0] ?? lines.length));
  if (starts.length === 0 && header.kind === null) throw new NotAReferatError();

  const issues: ParseIssue[] = [...header.issues];
  const items: AgendaItem[] = [];
  starts.forEach((start, index) => {
    const pointLine = lines[start]!;
    const { number, rest } = matchPointLine(pointLine.text)!;
    const body = lines.slice(start + 1, starts[index + 1] ?? lines.length);
    const parsed = parsePointBody(parsePointTitle(number, rest), body);
    items.push(parsed.item);
    issues.push(...parsed.issues.map((issue) => ({ ...issue, point: number })));
    const previous = items[items.length - 2];
    if (previous && number !== previous.number + 1) {
      issues.push({ code: 'point-out-of-order', line: pointLine.line, number, previous: previous.number });
    }
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

/** Indexes of `Punkt N:` lines, each numbered above the one before (so "Punkt 8:" quoted later is text). */
function findPointStarts(lines: readonly NumberedLine[]): number[] {
  const starts: number[] = [];
  let last = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const { text, line } = lines[index]!;
    const point = matchPointLine(text);
    if (!point || point.number <= last || tocEntryOf(text, line) !== null) continue;
    starts.push(index);
    last = point.number;
  }
  return starts;
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
