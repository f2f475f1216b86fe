// The referat's document model → a Word document: A4, Calibri, each point on a page of its own as
// Heading 1, section headings as Heading 2, bullets as a real list, and a table of contents whose page
// numbers are PAGEREF fields to each point, worked out as Word lays the pages out (docx/layout).
// Paragraphs of the model are parted by an empty paragraph, as the forum's own Word files are, which is
// also how our reader (mammoth → htmlToText) tells a paragraph from a line.
import {
  AlignmentType,
  Bookmark,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageReference,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ReferatDocument, ReferatParagraph } from '../domain/referat/referatDocument';

const BULLET = /^- /;
const A4 = { width: 11906, height: 16838, margin: 1134 }; // twips: 210 × 297 mm, 2 cm margins
const TEXT_WIDTH = A4.width - 2 * A4.margin;

/** The .docx bytes of a referat. */
export async function writeDocx(referat: ReferatDocument): Promise<Uint8Array> {
  const children = referat.paragraphs.flatMap((paragraph, index) => [
    ...(index > 0 && paragraph.role !== 'pointHeading' ? [new Paragraph({})] : []),
    ...paragraphsOf(paragraph),
  ]);
  const document = new Document({
    title: referat.name,
    creator: 'Chefforum',
    pageNumbers: estimatePageNumbers,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const bookmarkOf = (point: number) => `punkt_${point}`;

function paragraphsOf(paragraph: ReferatParagraph): Paragraph[] {
  const [first = ''] = paragraph.lines;
  switch (paragraph.role) {
    case 'title':
      return [new Paragraph({ children: [new TextRun({ text: first, bold: true, size: 32 })] })];
    case 'tocHeading':
      return [new Paragraph({ children: [new TextRun({ text: first, bold: true, size: 26 })] })];
    case 'tocEntry':
      // "CF - Title....." then a tab to the right margin and the page: the dots are text, as in the
      // forum's own contents, so a reader without the tab still sees an entry, not a point.
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
          children: [new TextRun(`${first}.....\t`), new PageReference(bookmarkOf(paragraph.point!))],
        }),
      ];
    case 'pointHeading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          pageBreakBefore: true,
          children: [new Bookmark({ id: bookmarkOf(paragraph.point!), children: [new TextRun(first)] })],
        }),
      ];
    case 'sectionHeading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: first })];
    case 'body':
      return paragraph.lines.map((line) =>
        BULLET.test(line)
          ? new Paragraph({ text: line.replace(BULLET, ''), numbering: { reference: 'bullets', level: 0 } })
          : new Paragraph({ text: line }),
      );
    default:
      return paragraph.lines.map((line) => new Paragraph({ text: line }));
  }
}
