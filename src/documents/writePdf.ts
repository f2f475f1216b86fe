// The referat's document model → an A4 PDF in Helvetica (pdf-lib's standard fonts, WinAnsi: all of
// Danish, æøå and ÆØÅ included, which pdf.js reads back as text). Page numbers "Side N af M" at the
// foot; the table of contents carries each point's real page.
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import type { ReferatDocument } from '../domain/referat/referatDocument';
import { type FontName, layOut, PAGE, type PlacedLine, TEXT_WIDTH } from './pdfLayout';

/** The .pdf bytes of a referat. A character the font cannot draw (outside Latin-1 and WinAnsi) prints as "?". */
export async function writePdf(referat: ReferatDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(referat.name);
  pdf.setLanguage('da-DK');
  pdf.setCreator('Chefforum');
  const fonts: Record<FontName, PDFFont> = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const drawable = printable(fonts.regular);
  const paragraphs = referat.paragraphs.map((paragraph) => ({
    ...paragraph,
    lines: paragraph.lines.map(drawable),
  }));
  const { pages, pointPages } = layOut(
    paragraphs,
    (font, size) => (text) => fonts[font].widthOfTextAtSize(text, size),
  );
  pages.forEach((lines, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (const line of lines) {
      const font = fonts[line.font];
      const text = line.tocPoint === undefined ? line.text : tocText(line, font, pointPages);
      page.drawText(text, { x: line.x, y: line.y, size: line.size, font });
      if (line.bullet) page.drawText('•', { x: PAGE.left, y: line.y, size: line.size, font });
      if (line.tocPoint !== undefined) {
        const number = String(pointPages.get(line.tocPoint) ?? '');
        const width = font.widthOfTextAtSize(number, line.size);
        page.drawText(number, { x: PAGE.left + TEXT_WIDTH - width, y: line.y, size: line.size, font });
      }
    }
    const footer = `Side ${index + 1} af ${pages.length}`;
    const width = fonts.regular.widthOfTextAtSize(footer, 8);
    page.drawText(footer, { x: (PAGE.width - width) / 2, y: 30, size: 8, font: fonts.regular });
  });
  return pdf.save();
}

/** "CF - Title ........" cut to leave room for the page number: the contents may cut a title off. */
function tocText(line: PlacedLine, font: PDFFont, pointPages: Map<number, number>): string {
  const measure = (text: string) => font.widthOfTextAtSize(text, line.size);
  const room = TEXT_WIDTH - measure(` ${pointPages.get(line.tocPoint!) ?? ''}`) - measure(' .....');
  let title = line.text;
  while (title.length > 1 && measure(title) > room) title = `${title.slice(0, -2).trimEnd()}…`;
  let dotted = `${title} .....`;
  while (measure(`${dotted}.`) < room + measure(' .....')) dotted += '.';
  return dotted;
}

/** A line with what the font cannot encode replaced by "?", so one odd character never stops the PDF. */
function printable(font: PDFFont): (line: string) => string {
  const known = new Map<string, boolean>();
  const encodes = (char: string) => {
    if (!known.has(char)) {
      try {
        font.encodeText(char);
        known.set(char, true);
      } catch {
        known.set(char, false);
      }
    }
    return known.get(char)!;
  };
  return (line) => [...line].map((char) => (encodes(char) ? char : '?')).join('');
}
