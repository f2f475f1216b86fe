/** A line of the document with its 1-based line number, trimmed of white space at both ends. */
export interface NumberedLine {
  text: string;
  line: number;
}

// Control characters but tab and the line endings (C0, DEL, C1), and the invisible format characters
// (\p{Cf}: bidirectional overrides and isolates U+202A–U+202E, U+2066–U+2069, the marks U+200E/U+200F,
// U+061C, zero-width spaces and joiners, the soft hyphen, a BOM anywhere). They never reach the meeting:
// a right-to-left override would make a title read backwards, and "Luk\u00ADket" must still say Lukket.
const INVISIBLE = /(?![\t\n\r\v\f\u0085])[\p{Cc}\p{Cf}]/gu;
// Line and paragraph separators, next line, vertical tab and form feed end a line as \n does.
const OTHER_BREAKS = /[\v\f\u0085\u2028\u2029]/g;

function mayHoldOtherBreaks(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029') || text.includes('\u0085') || /[\v\f]/.test(text);
}

/** The text without the characters the format never keeps (see INVISIBLE); line endings unchanged. */
export function withoutInvisibles(text: string): string {
  return mayHoldInvisibles(text) ? text.replace(INVISIBLE, '') : text;
}

/**
 * A sieve by character codes (a Unicode regex over every document costs more than the parse): true
 * when the text holds a control character, the soft hyphen, or a character from the ranges where the
 * format characters live (U+0600–U+08FF, U+180E, U+200B–U+206F, U+FEFF, U+FFF9–, astral ones).
 */
function mayHoldInvisibles(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20) {
      if (code !== 9 && code !== 10 && code !== 13) return true;
    } else if (code >= 0x7f) {
      if (code <= 0x9f || code === 0xad) return true;
      if (code >= 0x600 && code <= 0x8ff) return true;
      if (code === 0x180e || (code >= 0x200b && code <= 0x206f) || code === 0xfeff) return true;
      if (code >= 0xd800 && code <= 0xdbff) return true;
      if (code >= 0xfff9 && code <= 0xfffb) return true;
    }
  }
  return false;
}

/** One line as the parser reads it: no invisible characters, no-break spaces as spaces, trimmed. */
export function textLine(line: string): string {
  const clean = withoutInvisibles(line);
  return (clean.includes('\u00A0') ? clean.replace(/\u00A0/g, ' ') : clean).trim();
}

/**
 * Splits text into numbered lines: any line ending (also U+2028, U+2029, NEL, VT, FF), no BOM, no
 * control or invisible format characters, non-breaking spaces as spaces.
 */
export function splitLines(text: string): NumberedLine[] {
  let clean = withoutInvisibles(text);
  if (mayHoldOtherBreaks(clean)) clean = clean.replace(OTHER_BREAKS, '\n');
  if (clean.includes('\u00A0')) clean = clean.replace(/\u00A0/g, ' ');
  const raw = clean.split(clean.includes('\r') ? /\r\n|\r|\n/ : '\n');
  // A plain loop into a sized array: this runs over every line of every document in the archive.
  const lines: NumberedLine[] = new Array(raw.length);
  for (let index = 0; index < raw.length; index += 1) {
    lines[index] = { text: raw[index]!.trim(), line: index + 1 };
  }
  return lines;
}
