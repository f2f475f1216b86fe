// Sub-headings inside a section's text, decided on the forum's own referater (tests/fixtures/referater).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReferat } from './parseReferat';
import { isSubHeading } from './subHeading';

const fixtures = path.resolve(__dirname, '../../../tests/fixtures/referater');

/** Every sub-heading of a referat, as "point/section: heading". */
function subHeadingsOf(name: string): string[] {
  const meeting = parseReferat(readFileSync(path.join(fixtures, `${name}.txt`), 'utf8'));
  return meeting.items.flatMap((item) =>
    item.sections.flatMap((section) => {
      const paragraphs = section.text.split('\n\n');
      return paragraphs
        .filter((_, index) => isSubHeading(paragraphs, index))
        .map((heading) => `${item.number}/${section.heading}: ${heading}`);
    }),
  );
}

describe('sub-headings in the referater', () => {
  it.each([
    ['referat-2019-05-23', ['2/Sagsfremstilling: Formål', '2/Sagsfremstilling: Forslag til ny struktur']],
    [
      'referat-2021-04-15',
      [
        '2/Sagsfremstilling: Formål',
        '2/Sagsfremstilling: Status',
        '2/Sagsfremstilling: Forslag til indsatser',
        '4/Sagsfremstilling: Formål',
        '4/Sagsfremstilling: Forslag til retningslinjer',
      ],
    ],
    ['referat-2022-03-10', ['2/Sagsfremstilling: Formål', '2/Sagsfremstilling: Indsatsområder']],
    ['referat-2025-11-05', ['4/Sagsfremstilling: Formål', '4/Sagsfremstilling: Status']],
    // A referat without sub-headings: agenda approval's one line and the Lovgrundlag lines stay text.
    ['referat-2023-06-15', []],
  ])('%s', (name, headings) => {
    expect(subHeadingsOf(name)).toEqual(headings);
  });
});

describe('a paragraph', () => {
  it.each([
    [['Formål', 'Formålet er at bruge Chefforums tid bedre.'], true],
    [['Forslag til ny struktur', 'Der foreslås følgende ændringer:'], true],
    [['Beredskabsloven'], false], // a section's only line is its text
    [['Godkendelse af dagsorden og referat'], false],
    [['Spilleregler:', '- Vi tør\n- Vi blander os'], false], // a lead-in, kept with its list
    [['Sekretariatet følger op.', 'Næste møde'], false],
    [['Strukturen evalueres på Chefforum i februar 2020 og igen året efter', 'Tekst.'], false],
    [['https://kommune.sharepoint.com/sites/Chefforum', 'Tekst.'], false],
    [['- Møderne holdes hver anden torsdag', 'Tekst.'], false],
    [['Formål', 'Status', 'Tekst.'], false], // two heading-shaped lines in a row are a list, not headings
    [['8. oktober 2020', 'Tekst.'], false],
  ])('%j: the first is a sub-heading: %s', (paragraphs, expected) => {
    expect(isSubHeading(paragraphs, 0)).toBe(expected);
  });
});
