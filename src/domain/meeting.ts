// The meeting model: the parser's output contract and the CLI's JSON (../shared/DESIGN.md §1).

export type MeetingKind = 'dagsorden' | 'referat';

export type SectionKind = 'occasion' | 'description' | 'legal' | 'other';

/** A titled block of a point's text; paragraphs are joined by "\n\n", list items keep their marker. */
export interface Section {
  kind: SectionKind;
  heading: string;
  text: string;
}

export interface Timeslot {
  start: string;
  end: string;
}

/** One numbered point of an agenda or minutes. A closed point keeps only its number and case number. */
export interface AgendaItem {
  number: number;
  title: string;
  presenter: string | null;
  timeslot: Timeslot | null;
  caseNumber: string | null;
  closed: boolean;
  sections: Section[];
  recommendedBy: string | null;
  recommendations: string[];
  decision: string | null;
  attachments: string[];
  /**
   * Only on the point that approves the agenda and an earlier referat ("Godkendelse af dagsorden og
   * referat", whatever its number): the date of the referat its Indstilling names, or null when it names
   * none (then the nearest earlier meeting's). Absent on every other point, and on closed points.
   */
  approves?: ApprovedReferat;
}

/** The referat an approving point approves: the meeting date named, or null when none is named. */
export interface ApprovedReferat {
  referatOf: string | null;
}

/**
 * Something the parser saw but could not place: data, turned into a sentence by the UI or CLI
 * (src/strings: one table per language). `point` is the number of the point it was found in, if any.
 */
export type ParseIssue =
  | { code: 'no-date'; line: number }
  | { code: 'no-points'; line: number }
  | { code: 'unplaced-text'; line: number; point?: number; text?: string }
  | { code: 'point-out-of-order'; line: number; number: number; previous: number }
  | { code: 'toc-mismatch'; line: number; listed: number; found: number }
  /** A line taken for a closed point's heading though written unusually or out of order: hidden. */
  | { code: 'closed-heading-irregular'; line: number; number: number }
  /** A second meeting (or the same one again) starts here: only the first was read. */
  | { code: 'repeated-meeting'; line: number };

export type ParseIssueCode = ParseIssue['code'];

/** The issue of one code, with the details that code carries. */
export type ParseIssueOf<C extends ParseIssueCode> = Extract<ParseIssue, { code: C }>;

export interface Meeting {
  kind: MeetingKind;
  forum: string;
  date: string;
  start: string | null;
  location: string | null;
  absent: string[];
  items: AgendaItem[];
  issues: ParseIssue[];
}
