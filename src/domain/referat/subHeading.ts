// Which paragraphs of a section's text are sub-headings: the parser keeps "Formål" or "Forslag til ny
// struktur" inside a Sagsfremstilling as a paragraph of its own, and a reader should see it as a heading.

const MAX_LENGTH = 60;
const MAX_WORDS = 6;

/** One short line that starts with a capital and ends without punctuation, the shape of a heading. */
function headingShaped(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === '' || text.includes('\n') || text.length > MAX_LENGTH) return false;
  if (text.split(/\s+/).length > MAX_WORDS) return false;
  // A sentence ends with a period; "Spilleregler:" leads into a list and stays with it as text.
  if (/[.,:;!?…]$/.test(text)) return false;
  if (text.includes('://')) return false; // a link on its own line is a link, not a title
  return /^\p{Lu}/u.test(text);
}

/**
 * Whether paragraph `index` of a section's paragraphs is a sub-heading: heading-shaped and followed by
 * body text it heads. A section's only line ("Beredskabsloven" under Lovgrundlag) or its last is text.
 */
export function isSubHeading(paragraphs: readonly string[], index: number): boolean {
  const paragraph = paragraphs[index];
  const next = paragraphs[index + 1];
  if (paragraph === undefined || next === undefined) return false;
  return headingShaped(paragraph) && !headingShaped(next);
}
