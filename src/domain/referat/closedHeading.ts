// The lines that mark a point closed (Lukket), read so that they fail closed: whatever the number, its
// order, the case, the punctuation ("Punkt", "Pkt.", colon, dash), the spacing or the words around
// "Lukket", a short heading-like line that says a point is closed starts closed content. A line that
// only mentions "lukket" in a sentence ("Punkt 3 og 4 er lukket", "Sagen blev lukket i maj") does not.

/** A closed point's heading: its number (null when the line names none) and whether it is the plain form. */
export interface ClosedHeading {
  number: number | null;
  /** `Punkt N: Lukket` (also `CF - Lukket`, `Lukket punkt`, `Lukket.`): the form the forum writes. */
  regular: boolean;
}

// "Lukket", "LUKKET", "Lukkede", "Luket", "Fortroligt" and "Ikke offentligt" (the term of the Danish
// municipal rules of procedure): the words that close a point, as a whole word.
const CLOSED_WORDS = 'luk+e(?:t+|de)|fortrolig[te]?|ikke[\\s-]*offentlig(?:[te]|e)?';
const CLOSED_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CLOSED_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
// Its letters, any case, without the word boundaries: a sieve that most lines fail fast.
const CLOSED_LETTERS = /[lL][uU][kK]|[tT][rR][oO][lL][iI][gG]|[fF][fF][eE][nN][tT][lL]/;
// A point label at the line's start ("Punkt", "Pkt.", "Pt", "Dagsordenspunkt", "Punkt nr."), then its
// number (or a roman numeral / letter some documents use), then the rest of the line.
const LABELLED =
  /^(?:dagsordens)?(?:punkt|pkt|pt)(?![\p{L}])\.?\s*(?:nr\.?\s*)?(\d{1,6}(?!\d)|[ivxlc]+(?![\p{L}])|\p{L}(?![\p{L}]))?(.*)$/iu;
// A bare number with a separator, then the closed word: "3. Lukket", "3 - LUKKET punkt".
const NUMBERED = /^(\d{1,6})\s*[.):\-–—]\s*(?:cf\s*[-–—]\s*)?[([]?(?=\p{L})(.*)$/iu;
// The closed word first: "Lukket punkt 3", "(Lukket)", "CF - Lukket", "Lukket: Personalesag".
const WORD_FIRST = new RegExp(`^(?:cf\\s*[-–—]\\s*)?[([]?(?:${CLOSED_WORDS})(?![\\p{L}\\p{N}])(.*)$`, 'iu');
const NUMBER_IN_WORDS = /(?:punkt|pkt|pt)(?![\p{L}])\.?\s*(?:nr\.?\s*)?(\d{1,6})(?!\d)/iu;
// The closed word as a mark at the end (before a timeslot), in brackets or after a dash: "personalesag
// (lukket)", "tjenestesag – lukket (9.30-10.00)".
const TRAILING_MARK =
  /(?:[([]\s*|\s[-–—]\s*)(?:luk+e(?:t+|de)|fortrolig[te]?)\s*[)\]]?\.?(?:\s*\((?:kl\.?\s*)?[\d.:\s–-]+\))?$/iu;
const REGULAR = /^punkt (\d{1,3}) ?[:.] ?(?:cf ?[-–] ?)?lukket(?: punkt)?\.?$/i;
// Words a bare heading may carry besides the closed word and the number ("Lukket punkt – Personalesag").
const MAX_BARE_WORDS = 6;

/** Runs of any white space (no-break spaces, tabs) as one space, trimmed. */
export function foldSpaces(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** Whether the line says "lukket" (or "fortroligt") anywhere, as a word: cheap, for a first sieve. */
export function mentionsClosed(line: string): boolean {
  return CLOSED_LETTERS.test(line) && CLOSED_WORD.test(line);
}

// Full-width letters (Ｌｕｋｋｅｔ) and a word spaced out letter by letter (L U K K E T): a heading
// written so is read as it would be written plainly.
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ \u00A0\t]\p{L}(?![\p{L}\p{N}])){3,}/gu;

/** The closed heading a line is, or null for any other line (an open point's heading included). */
export function closedHeadingOf(line: string): ClosedHeading | null {
  const heading = closedHeadingOfLine(line);
  if (heading || line.length > 200) return heading;
  const plain = (FULL_WIDTH.test(line) ? line.normalize('NFKC') : line).replace(SPACED_LETTERS, (word) =>
    word.replace(/[ \u00A0\t]/g, ''),
  );
  const unusual = plain === line ? null : closedHeadingOfLine(plain);
  return unusual && { ...unusual, regular: false };
}

function closedHeadingOfLine(line: string): ClosedHeading | null {
  if (!mentionsClosed(line)) return null; // the common case: no closed word at all
  const text = foldSpaces(line);
  const regular = REGULAR.exec(text);
  if (regular) return { number: Number(regular[1]), regular: true };
  const labelled = LABELLED.exec(text);
  if (labelled && headingShaped(labelled[2]!)) {
    if (!CLOSED_WORD.test(labelled[2]!)) return null;
    const number = labelled[1] !== undefined && /^\d/.test(labelled[1]) ? Number(labelled[1]) : null;
    return { number, regular: false };
  }
  const bare = wordCount(text) <= MAX_BARE_WORDS + 2;
  const numbered = NUMBERED.exec(text);
  if (numbered && bare && CLOSED_WORD.exec(numbered[2]!)?.index === 0) {
    return { number: Number(numbered[1]), regular: false };
  }
  if (bare && WORD_FIRST.test(text)) {
    const number = NUMBER_IN_WORDS.exec(text);
    return { number: number ? Number(number[1]) : null, regular: false };
  }
  return null;
}

/**
 * What follows a point label and its number on a heading: nothing, a separator, or a word that can
 * open a title (a capital, a bracket, "CF", the closed word); "Punkt 3 blev udsat" is a sentence.
 */
function headingShaped(rest: string): boolean {
  if (rest === '' || /^\s*[:.\-–—)\]]/.test(rest)) return true;
  const next = rest.trimStart();
  if (next === '' || !/^\p{Ll}/u.test(next)) return true;
  return /^cf(?![\p{L}])/iu.test(next) || CLOSED_WORD.exec(next)?.index === 0 || TRAILING_MARK.test(next);
}

function wordCount(text: string): number {
  return text.split(' ').length;
}
