// The readers end to end on documents made here: real PDF and Word files, and broken ones.
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readDocumentText } from './readDocumentText';
import { UnreadableDocumentError } from './UnreadableDocumentError';

/** A PDF whose pages hold the given lines (y from the top), with a running header and "Side N af M". */
async function pdfOf(pages: { text: string; y: number; x?: number }[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((lines, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('Albertslund Kommune · Chefforum', { x: 57, y: 810, size: 9, font });
    for (const line of lines) page.drawText(line.text, { x: line.x ?? 57, y: 842 - line.y, size: 10, font });
    page.drawText(`Side ${index + 1} af ${pages.length}`, { x: 270, y: 30, size: 9, font });
  });
  return pdf.save();
}

describe('reading documents', () => {
  it('reads a PDF: header, footer and page numbers gone, paragraphs kept, broken words mended', async () => {
    const pdf = await pdfOf([
      [
        { text: 'Punkt 1: CF - Budgetopfølgning for Økonomi & Stab og de øvrige afdelinger i', y: 80 },
        { text: 'kommunen (9.00-9.30)', y: 92 },
        { text: '00.30.10-S00-1-26', y: 116 },
        { text: 'Beslutning', y: 140 },
        { text: 'Chefforum godkendte budgetopfølgningen og bad administra-', y: 164 },
        { text: 'tionen om en plan for bygge-', y: 176 },
        { text: 'og anlægsprojekterne.', y: 188 },
      ],
      [
        { text: 'Punkt 2: CF - Evt.', y: 80 },
        { text: 'Beslutning', y: 104 },
        { text: 'Intet.', y: 128 },
      ],
    ]);
    expect(await readDocumentText(pdf, 'referat.pdf')).toBe(
      [
        'Punkt 1: CF - Budgetopfølgning for Økonomi & Stab og de øvrige afdelinger i kommunen (9.00-9.30)',
        '',
        '00.30.10-S00-1-26',
        '',
        'Beslutning',
        '',
        'Chefforum godkendte budgetopfølgningen og bad administrationen om en plan for bygge-',
        'og anlægsprojekterne.',
        '',
        'Punkt 2: CF - Evt.',
        '',
        'Beslutning',
        '',
        'Intet.',
      ].join('\n'),
    );
  });

  it('reads a Word document with headings and a numbered list', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'rec', levels: [{ level: 0, format: 'decimal', text: '%1.' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Punkt 1: CF - Evt.', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Indstilling', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'at Chefforum drøfter sagen', numbering: { reference: 'rec', level: 0 } }),
            new Paragraph({
              text: 'at Chefforum godkender planen',
              numbering: { reference: 'rec', level: 0 },
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(await readDocumentText(bytes, 'referat.docx')).toBe(
      'Punkt 1: CF - Evt.\n\nIndstilling\n\n1. at Chefforum drøfter sagen\n2. at Chefforum godkender planen',
    );
  });

  it.each([
    ['an empty file', 'referat.pdf', async () => new Uint8Array(), 'empty'],
    [
      'a PDF cut off half way',
      'referat.pdf',
      async () => (await pdfOf([[{ text: 'Punkt 1: CF - Evt.', y: 80 }]])).slice(0, 300),
      'corrupt-pdf',
    ],
    [
      'random bytes named .pdf',
      'referat.pdf',
      async () => new Uint8Array(2000).map((_, i) => (i * 131) % 251),
      'corrupt-pdf',
    ],
    [
      'a zip that is no Word document',
      'referat.docx',
      async () => new Uint8Array(await new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' })),
      'corrupt-docx',
    ],
    [
      'a spreadsheet',
      'budget.xlsx',
      async () =>
        new Uint8Array(
          await new JSZip().file('xl/workbook.xml', '<x/>').generateAsync({ type: 'uint8array' }),
        ),
      'unsupported-format',
    ],
  ] as const)('refuses %s with a typed error', async (_name, fileName, make, reason) => {
    const attempt = readDocumentText(await make(), fileName);
    await expect(attempt).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(attempt).rejects.toMatchObject({ failure: { code: 'unreadable', reason }, fileName });
  });
});
