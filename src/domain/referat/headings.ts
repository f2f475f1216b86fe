// The headings that divide a point, and what each one starts.
import type { SectionKind } from '../meeting';

export type Heading =
  | { target: 'section'; kind: SectionKind; text: string }
  | { target: 'recommendations'; text: string }
  | { target: 'decision'; text: string }
  | { target: 'attachments'; text: string };

const SECTION_KINDS: ReadonlyMap<string, SectionKind> = new Map([
  ['anledning', 'occasion'],
  ['baggrund', 'occasion'],
  ['sagsfremstilling', 'description'],
  ['supplerende sagsfremstilling', 'description'],
  ['supplerendesagsfremstilling', 'description'],
  ['lovgrundlag', 'legal'],
  ['økonomi', 'other'],
  ['økonomiske konsekvenser', 'other'],
  ['høring', 'other'],
  ['kommunikation', 'other'],
  ['tidsplan', 'other'],
  ['videre proces', 'other'],
  ['orientering', 'other'],
]);

// "Beslutning" alone, or the 2014–15 form "BESLUTNING I CHEFFORUM DEN 23-04-2015". A line that merely
// starts with "Beslutning om …" is ordinary text: decisions often begin with that very phrase.
const DECISION = /^beslutning(?:\s+i\s+chefforum(?:\s+den\s+[\d.\-/ ]+)?)?$/i;

// The first letters of every heading above, case folded (| 0x20 lowers A–Z and Æ, Ø, Å alike): most
// lines are rejected on their first character.
const HEADING_INITIALS = new Set(
  [...SECTION_KINDS.keys(), 'indstilling', 'bilag', 'beslutning'].map((key) => key.charCodeAt(0) | 0x20),
);

/** What a whole line opens, if it is a heading. Headings are short, so longer lines are skipped fast. */
export function headingOf(line: string): Heading | null {
  if (line.length > 60 || !HEADING_INITIALS.has(line.charCodeAt(0) | 0x20)) return null;
  const text = line.trim().replace(/:$/, '');
  const key = text.toLowerCase();
  const kind = SECTION_KINDS.get(key);
  if (kind) return { target: 'section', kind, text };
  if (key === 'indstilling') return { target: 'recommendations', text };
  if (key === 'bilag') return { target: 'attachments', text };
  if (DECISION.test(text)) return { target: 'decision', text };
  return null;
}
