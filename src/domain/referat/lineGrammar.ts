// The parser's line grammar in one question, for whoever writes text the parser will read again (the
// referat writer, the PDF line breaker): would this line, standing on its own, be taken for structure
// (a point, a closed point, a heading, a recommender, a case number, a meeting's header) rather than for
// the text it is? The writer escapes such lines and the parser reads the escape back, so text put in a
// decision or a section comes back as that text, inside its own point, and the two cannot drift apart.
import { caseNumberOf } from '../caseNumber';
import { closedHeadingOf } from './closedHeading';
import { isMeetingHeaderLine } from './header';
import { headingOf } from './headings';
import { folded } from './paragraphs';
import { matchPointLine } from './pointHeading';
import { isRecommenderLine } from './recommendations';
import { textLine } from './numberedLine';

/**
 * What the writer puts before a line of text that would read as structure: a quotation mark and a
 * space, so the printed referat shows the line as quoted (» Punkt 3: Lukket), and the parser takes the
 * mark off a line it starts and keeps the line as text.
 */
export const TEXT_ESCAPE = '» ';

/**
 * Whether the parser reacts to this line as structure somewhere in a document: a point's heading (any
 * number), a closed point's heading in any of its forms, a section heading, Indstilling, Beslutning,
 * Bilag, a recommender ("X indstiller,"), a line holding only a case number, a meeting's title or
 * date line. The line is read as the parser reads it (trimmed, invisible characters dropped).
 */
export function isStructuralLine(line: string): boolean {
  const text = textLine(line);
  if (text === '') return false;
  return (
    closedHeadingOf(text) !== null ||
    matchPointLine(text) !== null ||
    headingOf(text) !== null ||
    isRecommenderLine(text) ||
    caseNumberOf(text) !== null ||
    isMeetingHeaderLine(text)
  );
}

/** Whether a line must be escaped to be read back as itself: structure, or a line that looks escaped. */
export function needsEscape(line: string): boolean {
  const text = textLine(line);
  return text.startsWith(TEXT_ESCAPE) || isStructuralLine(text);
}

/** A line of text as the writer prints it: whitespace folded, escaped when the parser would misread it. */
export function escapeTextLine(line: string): string {
  const text = folded(textLine(line));
  return needsEscape(text) ? `${TEXT_ESCAPE}${text}` : text;
}

/**
 * Whether a line the parser reads is an escaped line of text: any line that starts with the mark (the
 * writer escapes a line of text that starts so too, "» » …"). Any, not only one before structure: a
 * PDF may break an escaped line, and its first printed line need not read as structure on its own.
 */
export function isEscapedLine(text: string): boolean {
  return text.startsWith(TEXT_ESCAPE);
}

/** The text of an escaped line; any other line as it is. */
export function unescapeTextLine(text: string): string {
  return isEscapedLine(text) ? text.slice(TEXT_ESCAPE.length) : text;
}
