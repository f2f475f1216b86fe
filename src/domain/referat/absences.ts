// "Chefen for Dagtilbud deltog ikke i mødet." and "Afbud: Jette, Birgitte": who was not at the meeting.

const DID_NOT_ATTEND = /^(.+?)\s+deltog ikke(?:\s+i\s+(?:mødet|dagens møde))?\.?$/i;
const SENT_APOLOGIES = /^afbud\s*:\s*(.+?)\.?$/i;
// Names are roles ("Chefen for Kultur & Fritid") or first names; roles use "&", so " og " separates people.
const NAME_SEPARATOR = /\s*,\s*|\s+og\s+/;

/** The people a sentence says were absent, or null when the sentence says no such thing. */
export function absenteesOf(sentence: string): string[] | null {
  const text = sentence.trim();
  if (!text.includes('deltog ikke') && !/^afbud/i.test(text)) return null; // the common case, cheaply
  const match = DID_NOT_ATTEND.exec(text) ?? SENT_APOLOGIES.exec(text);
  if (!match) return null;
  const names = match[1]!
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length > 0 ? names : null;
}
