// Positioned text items of a PDF page → printed lines, in reading order.

/** What pdf.js reports for one run of text (x, y of its baseline; y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  height: number;
  items: PdfTextItem[];
}

/** One printed line: its text, where it stands, and whether it opens with a bullet glyph pdf.js could not name. */
export interface PdfLine {
  text: string;
  y: number;
  left: number;
  right: number;
  size: number;
  page: number;
}

const SAME_LINE = 2; // points: items whose baselines differ less than this share a line

/** Groups a page's items into lines, top to bottom, each read left to right. */
export function linesOfPage(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = page.items.filter((item) => item.str !== '' || item.height > 0);
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - item.y) < SAME_LINE) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) =>
      lineOf(
        row.sort((a, b) => a.x - b.x),
        pageIndex,
      ),
    )
    .filter((line) => line.text !== '');
}

function lineOf(row: PdfTextItem[], page: number): PdfLine {
  let text = '';
  let end = row[0]!.x;
  row.forEach((item, index) => {
    // A glyph without text at the start of a line, followed by text further right, is a list bullet
    // drawn from a symbol font (LibreOffice's lists come out like this).
    const str = item.str === '' && index === 0 && item.height > 0 && row.length > 1 ? '•' : item.str;
    const gap = item.x - end;
    if (text !== '' && gap > item.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(str)) text += ' ';
    text += str;
    end = Math.max(end, item.x + item.width);
  });
  const size = Math.max(...row.map((item) => item.height));
  return { text: text.replace(/\s+/g, ' ').trim(), y: row[0]!.y, left: row[0]!.x, right: end, size, page };
}
