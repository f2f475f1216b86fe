// What a PDF adds to a document's text, taken off again: page numbers, running headers and footers,
// paragraphs known only by their spacing, and words, titles and links broken at a line's end.
import type { PdfLine } from './pdfLines';

const PAGE_NUMBER = /^(?:side\s+)?\d{1,3}(?:\s*(?:af|\/|of)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
const POINT_LINE = /^Punkt\s+\d{1,3}\s*[:.]/i; // never furniture, however alike the titles
const MARGIN = 0.1; // share of the page height at the top and bottom where running lines stand

/**
 * Drops page numbers and running headers and footers: lines at a page's very top or bottom that are a
 * page number, or that stand at the same place on most pages (digits ignored, so "Side 3 af 9" repeats).
 * Only the outermost lines are looked at, so a case number under each point's title is never taken.
 */
export function withoutPageFurniture(pages: PdfLine[][], pageHeights: number[]): PdfLine[][] {
  const key = (line: PdfLine) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(key)))
      counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.6));
  const furniture = (line: PdfLine | undefined, top: boolean): boolean => {
    if (!line) return false;
    const height = pageHeights[line.page] ?? 842;
    const inMargin = top ? line.y > height * (1 - MARGIN) : line.y < height * MARGIN;
    if (!inMargin || POINT_LINE.test(line.text)) return false;
    return PAGE_NUMBER.test(line.text) || (pages.length > 1 && (counts.get(key(line)) ?? 0) >= repeatedOn);
  };
  return pages.map((page) => {
    const lines = [...page];
    while (furniture(lines[0], true)) lines.shift();
    while (furniture(lines[lines.length - 1], false)) lines.pop();
    return lines;
  });
}

/**
 * The usual distance between two lines of one paragraph: the smaller gaps dominate any document, and
 * no paragraph sets its lines further apart than about one and a half times their size.
 */
export function lineStep(pages: PdfLine[][]): number {
  const gaps: number[] = [];
  const sizes: number[] = [];
  for (const lines of pages) {
    lines.forEach((line, index) => {
      sizes.push(line.size);
      if (index > 0) gaps.push(lines[index - 1]!.y - line.y);
    });
  }
  const positive = gaps.filter((gap) => gap > 0).sort((a, b) => a - b);
  const typicalSize = sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 10;
  return Math.min(positive[Math.floor(positive.length * 0.2)] ?? Infinity, typicalSize * 1.5);
}
