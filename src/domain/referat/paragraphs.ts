// Lines → paragraph text: what the meeting model stores for sections and decisions.

const BULLET = /^[-–•*▪]\s+/;
const NUMBERED = /^(\d{1,2})[.)]\s+/;

/** A line's list marker normalised ("• x" → "- x"), and its number for numbered items. */
export function listItemOf(line: string): { text: string; number: number | null } | null {
  if (!mayStartListItem(line.charCodeAt(0))) return null; // most lines: no regex needed
  const bullet = BULLET.exec(line);
  if (bullet) return { text: `- ${line.slice(bullet[0].length)}`, number: null };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { text: line, number: Number(numbered[1]) };
  return null;
}

function mayStartListItem(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 0x2013 ||
    code === 0x2022 ||
    code === 42 ||
    code === 0x25aa
  );
}

/** Folds runs of white space inside a line; lines come trimmed, and most have no runs at all. */
export function folded(line: string): string {
  const trimmed = line.trim();
  return trimmed.includes('  ') || trimmed.includes('\t') ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** The line without its bullet or number ("1. Årshjul" → "Årshjul"). */
export function withoutListMarker(line: string): string {
  return line.replace(BULLET, '').replace(NUMBERED, '');
}

/**
 * Joins lines into paragraphs: a blank line separates paragraphs ("\n\n"); inside one, a list item
 * starts a new line ("\n") and any other line continues the one before (a PDF broke it mid-sentence).
 * A numbered line only counts as a list item when it opens the paragraph or follows the item before
 * it, so "d.\n5. november" wrapped by a PDF is mended rather than taken for item 5.
 */
export function joinParagraphs(lines: readonly string[]): string {
  // One pass, no closures: this runs over every section and decision of every meeting in the archive.
  let text = '';
  let current = '';
  let inParagraph = false;
  let lastNumber: number | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = folded(lines[index]!);
    if (line === '') {
      if (inParagraph) text = text === '' ? current : `${text}\n\n${current}`;
      inParagraph = false;
      lastNumber = null;
      continue;
    }
    const item = listItemOf(line);
    const startsItem =
      item !== null && (item.number === null || !inParagraph || item.number === (lastNumber ?? 0) + 1);
    if (!inParagraph) {
      current = startsItem ? item.text : line;
      inParagraph = true;
      if (startsItem) lastNumber = item.number;
    } else if (startsItem) {
      current += `\n${item.text}`;
      lastNumber = item.number;
    } else {
      current += ` ${line}`;
    }
  }
  if (inParagraph) text = text === '' ? current : `${text}\n\n${current}`;
  return text;
}
