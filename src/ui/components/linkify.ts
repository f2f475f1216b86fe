// Web addresses in document text, found so they can be shown as links. Only http(s) addresses become
// links; anything else ("javascript:…", "file:…", "mailto:…") stays text, as all document text is.

export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const ADDRESS = /https?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends the sentence around an address rather than the address itself.
const TRAILING = /[.,;:!?)\]}»”]+$/;

/** The address's href when it is a well-formed http(s) URL, else null. */
function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A line of text cut into plain text and http(s) links, in order; joined, the pieces give the line. */
export function linkify(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of line.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '');
    const href = safeHref(address);
    if (href === null) continue;
    if (match.index > at) pieces.push({ kind: 'text', text: line.slice(at, match.index) });
    pieces.push({ kind: 'link', text: address, href });
    at = match.index + address.length;
  }
  if (at < line.length) pieces.push({ kind: 'text', text: line.slice(at) });
  return pieces;
}
