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
  const paragraphs: string[] = [];
  let current: string[] = [];
  let lastNumber: number | null = null;
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join('\n'));
    current = [];
    lastNumber = null;
  };
  for (const raw of lines) {
    const line = folded(raw);
    if (line === '') {
      flush();
      continue;
    }
    const item = listItemOf(line);
    const startsItem =
      item !== null &&
      (item.number === null || current.length === 0 || item.number === (lastNumber ?? 0) + 1);
    if (startsItem || current.length === 0) {
      current.push(item && startsItem ? item.text : line);
      if (item && startsItem) lastNumber = item.number;
    } else {
      current[current.length - 1] += ` ${line}`;
    }
  }
  flush();
  return paragraphs.join('\n\n');
}
