// A meeting (and the decisions recorded for it) → the referat as a document model in the forum's 2019+
// house layout: paragraphs with roles, which the Word and PDF writers (src/documents) only typeset.
// Whatever the writers print, parseReferat reads back as the same meeting (tests/roundtrip).
import type { Decision } from '../decisions/decision';
import type { AgendaItem, Meeting, MeetingKind } from '../meeting';
import { danishWeekdayDate } from '../danishWeekdayDate';
import { closedHeadingOf, foldSpaces } from './closedHeading';
import { escapeTextLine } from './lineGrammar';
import { splitLines, withoutInvisibles } from './numberedLine';
import { folded } from './paragraphs';
import { type IgnoredDecision, pointDecisions } from './recordedDecisions';

export type ReferatRole =
  | 'title'
  | 'meta'
  | 'tocHeading'
  | 'tocEntry'
  | 'pointHeading'
  | 'caseNumber'
  | 'sectionHeading'
  | 'body'
  | 'attachment';

/**
 * One paragraph: its lines stand together, each on a line of its own. A body line starting "- " is a
 * bullet. `point` ties a table-of-contents entry to its point's heading (for its page number): the
 * point's place in the meeting (1-based), not its number, which a closed heading may repeat.
 */
export interface ReferatParagraph {
  role: ReferatRole;
  lines: string[];
  point?: number;
}

export interface ReferatDocument {
  kind: MeetingKind;
  /** "Referat Chefforum 14-01-2027": the document's title, and its file name without extension. */
  name: string;
  paragraphs: ReferatParagraph[];
  /** Open points without a decision, for the UI to name before the referat is written. */
  undecided: number[];
  ignoredDecisions: IgnoredDecision[];
}

/**
 * The referat of a meeting. A recorded decision fills its point's Beslutning (a referat is written
 * once any is given); a closed point is `Punkt N: Lukket` and its case number, whatever the meeting holds.
 */
export function referatDocument(input: Meeting, decisions: readonly Decision[] = []): ReferatDocument {
  const meeting = printable(input);
  const decided = pointDecisions(meeting, decisions);
  const kind: MeetingKind = decisions.length > 0 ? 'referat' : meeting.kind;
  const prefix = meeting.forum.toLowerCase() === 'chefforum' ? 'CF - ' : '';
  const paragraphs: ReferatParagraph[] = [
    ...headerOf(meeting, kind),
    ...tableOfContents(meeting.items, prefix),
    ...meeting.items.flatMap((item, index) =>
      pointOf(item, index + 1, prefix, item.closed ? null : (decided.byPoint.get(item.number) ?? null)),
    ),
  ];
  return {
    kind,
    name: referatName(meeting, kind),
    paragraphs,
    undecided: decided.undecided,
    ignoredDecisions: decided.ignored,
  };
}

/**
 * The meeting with no control characters or bidirectional overrides and isolates (nor any invisible
 * format character) in its text, as the parser would have read it; one-line fields on one line.
 * Decisions and section texts keep their lines: bodyOf splits them as the parser does.
 */
function printable(meeting: Meeting): Meeting {
  const line = (text: string) => foldSpaces(withoutInvisibles(text));
  const maybe = (text: string | null) => (text === null ? null : line(text));
  return {
    ...meeting,
    forum: line(meeting.forum),
    location: maybe(meeting.location),
    absent: meeting.absent.map(line),
    items: meeting.items.map((item) => ({
      ...item,
      title: line(item.title),
      presenter: maybe(item.presenter),
      caseNumber: maybe(item.caseNumber),
      sections: item.sections.map((section) => ({ ...section, heading: line(section.heading) })),
      recommendedBy: maybe(item.recommendedBy),
      recommendations: item.recommendations.map(line),
      attachments: item.attachments.map(line),
    })),
  };
}

/** "Referat Chefforum 14-01-2027" (the forum's own file names); without a date, no date. */
export function referatName(meeting: Meeting, kind: MeetingKind = meeting.kind): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meeting.date);
  const label = kind === 'referat' ? 'Referat' : 'Dagsorden';
  return [label, meeting.forum, day ? `${day[3]}-${day[2]}-${day[1]}` : ''].filter(Boolean).join(' ');
}

function headerOf(meeting: Meeting, kind: MeetingKind): ReferatParagraph[] {
  const header: ReferatParagraph[] = [
    { role: 'title', lines: [`${kind === 'referat' ? 'REFERAT' : 'DAGSORDEN'} ${meeting.forum}`] },
  ];
  const day = danishWeekdayDate(meeting.date);
  const clock = meeting.start === null ? null : `kl. ${danishClock(meeting.start)}`;
  if (day !== null) header.push(meta(`Mødedato ${[day, clock].filter(Boolean).join(' ')}`));
  else if (clock !== null) header.push(meta(`Tidspunkt ${clock}`));
  if (meeting.location !== null && meeting.location !== '') header.push(meta(`Mødested ${meeting.location}`));
  if (meeting.absent.length > 0) {
    const names = listed(meeting.absent);
    // A referat says who did not come; an agenda can only know who sent apologies.
    header.push(meta(kind === 'referat' ? `${names} deltog ikke i mødet.` : `Afbud: ${names}`));
  }
  return header;
}

const meta = (line: string): ReferatParagraph => ({ role: 'meta', lines: [line] });

/** "A", "A og B", "A, B og C". */
function listed(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/** "09:30" → "9.30", as Danish documents write a time of day. */
function danishClock(clock: string): string {
  return clock.replace(/^0(\d)/, '$1').replace(':', '.');
}

function tableOfContents(items: readonly AgendaItem[], prefix: string): ReferatParagraph[] {
  if (items.length === 0) return [];
  return [
    { role: 'tocHeading', lines: ['Indholdsfortegnelse'] },
    ...items.map((item, index) => ({
      role: 'tocEntry' as const,
      lines: [item.closed ? 'Lukket' : `${prefix}${pointTitle(item)}`],
      point: index + 1,
    })),
  ];
}

/** "Title v. Presenter (9.30-10.00)": the point's title as its heading and the contents show it. */
function pointTitle(item: AgendaItem): string {
  const presenter = item.presenter === null ? '' : ` v. ${item.presenter}`;
  const slot =
    item.timeslot === null ? '' : ` (${danishClock(item.timeslot.start)}-${danishClock(item.timeslot.end)})`;
  return `${item.title}${presenter}${slot}`;
}

function pointOf(
  item: AgendaItem,
  place: number,
  prefix: string,
  decision: string | null,
): ReferatParagraph[] {
  const headingLine = `Punkt ${item.number}: ${prefix}${pointTitle(item)}`.trim();
  // Fail closed: a point the model calls open but whose heading reads as closed (a title "Personalesag
  // (Lukket)") is written closed, as the parser would read it, and nothing of it is printed.
  if (item.closed || closedHeadingOf(headingLine) !== null) {
    // As the forum's own referater do: "Punkt N: Lukket" and the case number (a journal reference that
    // says nothing of the matter), never the title, the sections or a decision recorded for it.
    const heading: ReferatParagraph = {
      role: 'pointHeading',
      lines: [`Punkt ${item.number}: Lukket`],
      point: place,
    };
    return item.caseNumber === null ? [heading] : [heading, { role: 'caseNumber', lines: [item.caseNumber] }];
  }
  const paragraphs: ReferatParagraph[] = [{ role: 'pointHeading', lines: [headingLine], point: place }];
  if (item.caseNumber !== null) paragraphs.push({ role: 'caseNumber', lines: [item.caseNumber] });
  for (const section of item.sections) {
    if (section.heading !== '') paragraphs.push(heading(section.heading));
    paragraphs.push(...bodyOf(section.text));
  }
  if (item.recommendedBy !== null || item.recommendations.length > 0) {
    paragraphs.push(heading('Indstilling'));
    // The recommender line is structure the Indstilling means to have: written as it is, not escaped.
    if (item.recommendedBy !== null) {
      paragraphs.push({ role: 'body', lines: [folded(`${item.recommendedBy} indstiller,`)] });
    }
    // A recommendation reading as structure once numbered ("1. Lukket") is escaped as any text line is.
    const numbered = item.recommendations.map((text, index) => escapeTextLine(`${index + 1}. ${text}`));
    if (numbered.length > 0) paragraphs.push({ role: 'body', lines: numbered });
  }
  if (decision !== null) paragraphs.push(heading('Beslutning'), ...bodyOf(decision));
  if (item.attachments.length > 0) {
    paragraphs.push(heading('Bilag'));
    paragraphs.push(
      ...item.attachments.map((name) => ({ role: 'attachment' as const, lines: [escapeTextLine(name)] })),
    );
  }
  return paragraphs;
}

const heading = (text: string): ReferatParagraph => ({ role: 'sectionHeading', lines: [text] });

/**
 * Model text → body paragraphs: "\n\n" parts a paragraph, "\n" a line (a list item) inside one. Each
 * line is escaped where the parser would take it for structure (lineGrammar.ts), so whatever a decision
 * or a section says comes back as that text, in its own point.
 */
function bodyOf(text: string): ReferatParagraph[] {
  const paragraphs: string[][] = [[]];
  // Lines as the parser splits them (any line ending, invisible characters dropped), blank ones parting.
  for (const { text: line } of splitLines(text)) {
    if (line === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(escapeTextLine(line));
  }
  return paragraphs.filter((lines) => lines.length > 0).map((lines) => ({ role: 'body' as const, lines }));
}
