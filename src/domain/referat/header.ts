// The lines before the first point: kind, forum, date, time, place, absences, table of contents.
import { findNumericDate, findWrittenDate, normaliseClock } from '../danishDate';
import type { MeetingKind, ParseIssue } from '../meeting';
import { absenteesOf } from './absences';
import { mentionsClosed } from './closedHeading';
import { tocEntryOf, type TocEntry } from './tableOfContents';
import type { NumberedLine } from './numberedLine';

export interface MeetingHeader {
  kind: MeetingKind | null;
  forum: string | null;
  date: string | null;
  start: string | null;
  location: string | null;
  absent: string[];
  toc: TocEntry[];
  issues: ParseIssue[];
}

const TITLE_LINE =
  /^(REFERAT|DAGSORDEN)\b\s*(?:for\s+)?(.*?)(?:\s+(?:d\.|den)\s*(\d{1,2}[-./]\d{1,2}[-./]\d{4}))?\s*$/i;
const LABELLED = /^(Mødedato|Dato|Mødested|Sted|Tidspunkt)\s*:?\s+(.*)$/i;
// A meeting's own title or date line: "REFERAT Chefforum d. 05-11-2020", "Mødedato Torsdag d. …". Not
// "Dagsorden og referat godkendt.", the decision of many a point 1: the title names a forum or a date.
const MEETING_TITLE = /^(?:REFERAT|DAGSORDEN)\b.*(?:\b\w*forum\b|\d{1,2}[-./]\d{1,2}[-./]\d{4})/i;
const MEETING_DATE = /^mødedato\b/i;

/** Whether a line opens a meeting's header (its title or its date line), wherever it stands. */
export function isMeetingHeaderLine(text: string): boolean {
  return MEETING_TITLE.test(text) || MEETING_DATE.test(text);
}

/**
 * Reads the header; what it cannot place becomes an `unplaced-text` issue, which quotes the line but
 * for one that says "Lukket" and every line after such a one (a closed point's title or text).
 */
export function parseHeader(lines: readonly NumberedLine[]): MeetingHeader {
  const header: MeetingHeader = {
    kind: null,
    forum: null,
    date: null,
    start: null,
    location: null,
    absent: [],
    toc: [],
    issues: [],
  };
  let inToc = false;
  let afterClosed = false;
  for (const { text, line } of lines) {
    if (text === '') continue;
    if (header.kind === null && readTitleLine(text, header)) continue;
    if (readLabelledLine(text, header)) continue;
    if (/^indholdsfortegnelse:?$/i.test(text)) {
      inToc = true;
      continue;
    }
    const entry = inToc ? tocEntryOf(text, line) : null;
    if (entry) {
      header.toc.push(entry);
      continue;
    }
    const absent = absenteesOf(text);
    afterClosed ||= mentionsClosed(text);
    if (absent) header.absent.push(...absent);
    else if (afterClosed) header.issues.push({ code: 'unplaced-text', line });
    else header.issues.push({ code: 'unplaced-text', line, text: text.slice(0, 80) });
  }
  return header;
}

function readTitleLine(text: string, header: MeetingHeader): boolean {
  const match = TITLE_LINE.exec(text);
  if (!match) return false;
  header.kind = match[1]!.toLowerCase() === 'referat' ? 'referat' : 'dagsorden';
  header.forum = match[2]!.trim() || null;
  header.date = match[3] ? findNumericDate(match[3]) : null;
  return true;
}

function readLabelledLine(text: string, header: MeetingHeader): boolean {
  const match = LABELLED.exec(text);
  if (!match) return false;
  const label = match[1]!.toLowerCase();
  const value = match[2]!.trim();
  if (label === 'mødested' || label === 'sted') {
    header.location = value;
    return true;
  }
  header.date = findWrittenDate(value) ?? findNumericDate(value) ?? header.date;
  const clock = /kl\.?\s*(\d{1,2}[.:]\d{2})/i.exec(value) ?? (label === 'tidspunkt' ? [value, value] : null);
  if (clock) header.start = normaliseClock(clock[1]!) ?? header.start;
  return true;
}
