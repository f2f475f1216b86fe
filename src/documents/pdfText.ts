// Printed lines of a PDF → the parser's text: one line per printed line, a blank line between
// paragraphs, and the breaks a PDF made inside words, links and titles mended.
import type { PdfLine } from './pdfLines';
import { lineStep, withoutPageFurniture } from './pdfRepair';

/** A line on its way out: `full` when it reaches the right margin. `null` is a blank line. */
type OutLine = { text: string; size: number; full: boolean } | null;

const BULLET = /^(?:[•●▪■◦·\uf0b7\uf0a7]\s*|[–*]\s+)/;
const LIST_ITEM = /^(?:- |\d{1,2}[.)] )/;
const POINT_LINE = /^Punkt\s+\d{1,3}\s*[:.]/i;
const TOC_ENTRY = /(?:\.{2,}|…+|\t)[.\s…]*\d{1,3}$/;
const CASE_NUMBER = /^(?:\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{2}\/\d+)$/;
const SUSPENDED = /^(?:og|eller|samt|til|som|&)\b/; // "bygge- og anlæg": the hyphen belongs to the word

/** The whole text of a PDF's pages. `pageHeights` locate the top and bottom margins. */
export function pdfText(pages: PdfLine[][], pageHeights: number[]): string {
  const clean = withoutPageFurniture(pages, pageHeights);
  const lines = paragraphs(clean.flat(), lineStep(clean));
  return mendBreaks(lines)
    .map((line) => line?.text ?? '')
    .join('\n');
}

function paragraphs(all: PdfLine[], step: number): OutLine[] {
  const left = Math.min(...all.map((line) => line.left));
  const right = Math.max(...all.map((line) => line.right));
  const full = (line: PdfLine) => line.right > right - (right - left) * 0.12;
  const out: OutLine[] = [];
  all.forEach((line, index) => {
    const text = line.text.replace(BULLET, '- ');
    const previous = all[index - 1];
    if (previous && startsParagraph(previous, line, step, full)) {
      // Items of an indented (real) list stand apart by spacing but belong together, and so do items
      // of any list that a page break cuts through.
      const indentedOrNewPage = line.left > left + 5 || line.page !== previous.page;
      const continuesList = LIST_ITEM.test(text) && indentedOrNewPage && inList(out);
      if (!continuesList) out.push(null);
    }
    out.push({ text, size: line.size, full: full(line) });
  });
  return out;
}

function startsParagraph(
  previous: PdfLine,
  line: PdfLine,
  step: number,
  full: (line: PdfLine) => boolean,
): boolean {
  if (previous.page !== line.page) return !full(previous); // a full last line runs on onto the next page
  return previous.y - line.y > step * 1.45 || Math.abs(previous.size - line.size) > 1.5;
}

function inList(out: OutLine[]): boolean {
  for (let index = out.length - 1; index >= 0; index -= 1) {
    const line = out[index];
    if (line === null || line === undefined) return false;
    if (LIST_ITEM.test(line.text)) return true;
  }
  return false;
}

/** Joins what the PDF broke: hyphenated words, links, `Punkt` titles and table-of-contents entries. */
function mendBreaks(lines: OutLine[]): OutLine[] {
  const out: OutLine[] = [];
  let inToc = false;
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (line && /^indholdsfortegnelse$/i.test(line.text)) inToc = true;
    if (line && POINT_LINE.test(line.text)) inToc = false;
    const joined = line && previous ? joinBroken(previous, line, inToc) : null;
    if (joined !== null) out[out.length - 1] = { text: joined, size: previous!.size, full: line!.full };
    else out.push(line);
  }
  return out;
}

function joinBroken(
  previous: NonNullable<OutLine>,
  line: NonNullable<OutLine>,
  inToc: boolean,
): string | null {
  const before = previous.text;
  const next = line.text;
  const lastToken = before.slice(before.lastIndexOf(' ') + 1);
  const firstToken = next.split(' ', 1)[0]!;
  // A link cut at the margin, or after one of its own separators, goes on in a token that looks like a link.
  const linkCut = previous.full || /[/\-_=?&#%~+:]$/.test(lastToken);
  if (/^(?:https?:\/\/|www\.)/i.test(lastToken) && linkCut && /[\d/?=&_%.]|[a-z][A-Z]/.test(firstToken)) {
    return before + next;
  }
  // A hyphen before a digit is part of the text: "(9.30-" + "10.00)", "Covid-" + "19".
  if (/-$/.test(before) && /^\d/.test(next)) return before + next;
  if (/[A-Za-zÆØÅæøå]-$/.test(before) && /^[a-zæøå]/.test(next) && !SUSPENDED.test(next)) {
    // "admini-" + "stration" loses its hyphen; "IT-" + "projekter" keeps it, as a capital shows a real one.
    return /[A-ZÆØÅ0-9]-$/.test(before) ? before + next : before.slice(0, -1) + next;
  }
  const continues = previous.size === line.size && !CASE_NUMBER.test(next) && !POINT_LINE.test(next);
  if (continues && POINT_LINE.test(before) && !LIST_ITEM.test(next)) return `${before} ${next}`;
  if (continues && inToc && !TOC_ENTRY.test(before) && !/^indholdsfortegnelse$/i.test(before))
    return `${before} ${next}`;
  return null;
}
