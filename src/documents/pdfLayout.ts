// The referat's paragraphs → printed lines on A4 pages: each point on a new page, a gap between
// paragraphs that the reader sees as one, headings kept with what follows, and a paragraph split over
// two pages only after a line that runs to the margin (the reader joins it to the next page's first).
import type { ReferatParagraph, ReferatRole } from '../domain/referat/referatDocument';
import { type Measure, wrapLine } from './pdfWrap';

export type FontName = 'regular' | 'bold';

export interface PlacedLine {
  text: string;
  /** Where the text starts; a bullet is drawn at the left margin before it. */
  x: number;
  y: number;
  size: number;
  font: FontName;
  bullet: boolean;
  /** A table-of-contents entry: its point, whose page number is printed at the right margin. */
  tocPoint?: number;
}

type Line = Omit<PlacedLine, 'y'> & { full: boolean };

export const PAGE = { width: 595.28, height: 841.89, left: 57, right: 57, top: 747, bottom: 90 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
// Between paragraphs: more than the 1.45 line steps at which the reader starts a new one. The top and
// bottom stay out of the page's outer tenth, where the reader looks for running headers and footers.
const GAP = 12;
const BULLET_INDENT = 12;

const STYLE: Record<ReferatRole, { font: FontName; size: number }> = {
  title: { font: 'bold', size: 16 },
  meta: { font: 'regular', size: 10.5 },
  tocHeading: { font: 'bold', size: 13 },
  tocEntry: { font: 'regular', size: 10.5 },
  pointHeading: { font: 'bold', size: 13 },
  caseNumber: { font: 'regular', size: 10.5 },
  sectionHeading: { font: 'bold', size: 12 },
  body: { font: 'regular', size: 10.5 },
  attachment: { font: 'regular', size: 10.5 },
};

/** Lines the reader takes one by one, so they must never wrap: they are set smaller until they fit. */
const SINGLE_LINE: ReadonlySet<ReferatRole> = new Set(['title', 'meta', 'caseNumber', 'attachment']);
const KEEP_WITH_NEXT: ReadonlySet<ReferatRole> = new Set(['pointHeading', 'caseNumber', 'sectionHeading']);

export type Measurer = (font: FontName, size: number) => Measure;

const leadingOf = (size: number) => size * 1.25;

/** The pages, each a list of placed lines, and the page (1-based) each point starts on. */
export function layOut(
  paragraphs: readonly ReferatParagraph[],
  measurer: Measurer,
): { pages: PlacedLine[][]; pointPages: Map<number, number> } {
  const pages: PlacedLine[][] = [[]];
  const pointPages = new Map<number, number>();
  const page = () => pages[pages.length - 1]!;
  /** The baseline the next paragraph's first line takes on the current page. */
  const firstBaseline = (size: number) => {
    const last = page()[page().length - 1];
    return last === undefined ? PAGE.top : last.y - GAP - leadingOf(size);
  };
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.role === 'pointHeading' && page().length > 0) pages.push([]);
    if (paragraph.role === 'pointHeading') pointPages.set(paragraph.point!, pages.length);
    const lines = linesOf(paragraph, measurer);
    const leading = leadingOf(lines[0]!.size);
    const next = paragraphs[index + 1];
    const keep = KEEP_WITH_NEXT.has(paragraph.role) && next ? GAP + 2 * leadingOf(STYLE[next.role].size) : 0;
    let rest = lines;
    const room = Math.floor((firstBaseline(lines[0]!.size) - PAGE.bottom) / leading) + 1;
    if (
      page().length > 0 &&
      (lines.length > room ||
        firstBaseline(lines[0]!.size) - (lines.length - 1) * leading - keep < PAGE.bottom)
    ) {
      const split = splitPoint(lines, room, paragraph.role);
      place(lines.slice(0, split), firstBaseline(lines[0]!.size), leading, page());
      rest = lines.slice(split);
      pages.push([]);
    }
    while (rest.length > 0) {
      const top = firstBaseline(rest[0]!.size);
      const fit = Math.max(1, Math.floor((top - PAGE.bottom) / leading) + 1);
      place(rest.slice(0, fit), top, leading, page());
      rest = rest.slice(fit);
      if (rest.length > 0) pages.push([]);
    }
  });
  return { pages, pointPages };
}

function place(lines: readonly Line[], top: number, leading: number, page: PlacedLine[]): void {
  lines.forEach(({ full: _full, ...line }, index) => page.push({ ...line, y: top - index * leading }));
}

/** How many lines may stay on this page: two or more, leaving two or more, after a full line; else 0. */
function splitPoint(lines: readonly Line[], room: number, role: ReferatRole): number {
  if (role !== 'body') return 0;
  for (let split = Math.min(room, lines.length - 2); split >= 2; split -= 1) {
    if (lines[split - 1]!.full) return split;
  }
  return 0;
}

function linesOf(paragraph: ReferatParagraph, measurer: Measurer): Line[] {
  const { font, size } = STYLE[paragraph.role];
  const plain = { x: PAGE.left, font, bullet: false, full: false };
  if (paragraph.role === 'tocEntry')
    return [{ ...plain, text: paragraph.lines[0]!, size, tocPoint: paragraph.point! }];
  if (SINGLE_LINE.has(paragraph.role)) {
    return paragraph.lines.map((text) => {
      let fitted = size;
      // Under 0.85 of the width too, so the reader never takes the line for one that runs on.
      while (fitted > 6 && measurer(font, fitted)(text) > TEXT_WIDTH * 0.85) fitted -= 0.5;
      return { ...plain, text, size: fitted };
    });
  }
  const measure = measurer(font, size);
  return paragraph.lines.flatMap((line) => {
    const bullet = line.startsWith('- ');
    const indent = bullet ? BULLET_INDENT : 0;
    return wrapLine(bullet ? line.slice(2) : line, TEXT_WIDTH - indent, measure).map((text, index) => ({
      text,
      x: PAGE.left + indent,
      size,
      font,
      bullet: bullet && index === 0,
      full: indent + measure(text) >= TEXT_WIDTH * 0.9,
    }));
  });
}
