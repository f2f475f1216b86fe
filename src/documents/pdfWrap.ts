// Breaking a paragraph's lines to the page width so that our PDF reader (pdfText) and the parser put
// them back together as they were: no printed line may begin like something else (a list item, or
// anything the parser's line grammar takes for structure: a heading, a case number, a `Punkt` line, a
// closed heading, a recommender), and no break may look like one the reader mends (a hyphenated word,
// a link cut at the margin).
import { isStructuralLine, needsEscape } from '../domain/referat/lineGrammar';

export type Measure = (text: string) => number;

const LIST_START = /^(?:[-–•*▪●■◦·]\s|\d{1,2}[.)]\s)/;
const LINK = /^(?:https?:\/\/|www\.)/i;

/**
 * Whether a printed line may be `before` and the next one start with `after` without changing the text
 * read: `before` on its own is no structure ("Beslutning" cut off a longer line) unless it opens a line
 * that is structure itself (`opensHeading`: a point's heading), `after` neither, nor a list item or an
 * escaped line.
 */
export function safeBreak(before: string, after: string, opensHeading = false): boolean {
  const lastToken = before.slice(before.lastIndexOf(' ') + 1);
  if (/[A-Za-zÆØÅæøå]-$/.test(before) || (/-$/.test(before) && /^\d/.test(after))) return false;
  if (LINK.test(lastToken)) return false;
  // The parser's own line grammar: nothing it would read as structure, nor as an escaped line.
  return !LIST_START.test(after) && !needsEscape(after) && (opensHeading || !isStructuralLine(before));
}

/**
 * The line's words as printed lines no wider than `width`, each break a safe one where one can be had.
 * The last line is kept under `lastShare` of the width, so the reader never takes it for a line that
 * runs on (onto the next page, or into the next paragraph).
 */
export function wrapLine(text: string, width: number, measure: Measure, lastShare = 0.8): string[] {
  const words = text
    .split(' ')
    .filter((word) => word !== '')
    .flatMap((word) => (measure(word) > width ? cutWord(word, width, lastShare, measure) : [word]));
  const heading = isStructuralLine(text);
  const lines: string[] = [];
  let start = 0;
  while (start < words.length) {
    const end = fitting(words, start, width, measure);
    const opensHeading = heading && start === 0;
    lines.push(words.slice(start, breakAt(words, start, end, width, measure, opensHeading)).join(' '));
    start += lines[lines.length - 1]!.split(' ').length;
  }
  return shortenLast(lines, width * lastShare, measure, heading);
}

/**
 * A word wider than the line (a link, mostly) in pieces that fit: cut after one of a link's own
 * separators, where the reader joins a link cut at the margin back together; the last piece short.
 * The pieces come back as words, so `start` counting in `wrapLine` stays in step.
 */
function cutWord(word: string, width: number, lastShare: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (measure(rest) > width * lastShare && rest.length > 1) {
    let end = 1;
    while (end < rest.length && measure(rest.slice(0, end + 1)) <= width) end += 1;
    const separator = Math.max(...[...'/-_=?&#%~+:'].map((char) => rest.lastIndexOf(char, end - 1)));
    const cut = separator > 0 && separator + 1 < rest.length ? separator + 1 : end;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/** The end (exclusive) of the most words from `start` that fit; at least one. */
function fitting(words: readonly string[], start: number, width: number, measure: Measure): number {
  let end = start + 1;
  while (end < words.length && measure(words.slice(start, end + 1).join(' ')) <= width) end += 1;
  return end;
}

/** The latest end ≤ `end` after which the next printed line starts safely; `end` when none is. */
function breakAt(
  words: readonly string[],
  start: number,
  end: number,
  width: number,
  measure: Measure,
  opensHeading: boolean,
) {
  if (end >= words.length) return end;
  for (let candidate = end; candidate > start; candidate -= 1) {
    const next = words.slice(candidate, fitting(words, candidate, width, measure)).join(' ');
    if (safeBreak(words.slice(start, candidate).join(' '), next, opensHeading)) return candidate;
  }
  return end;
}

function shortenLast(lines: string[], limit: number, measure: Measure, heading: boolean): string[] {
  const last = lines[lines.length - 1];
  if (last === undefined || measure(last) < limit) return lines;
  const words = last.split(' ');
  for (let cut = words.length - 1; cut > 0; cut -= 1) {
    const [head, tail] = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    if (measure(tail) < limit && safeBreak(head, tail, heading && lines.length === 1)) {
      return [...lines.slice(0, -1), head, tail];
    }
  }
  return lines;
}
