import type { PdfLine } from './pdfLines';
import { pdfText } from './pdfText';

const A4 = 842;

/**
 * A page of lines, top down, 12 points apart unless a line says `gap` (a paragraph break). Lines end at
 * x = 200 unless they say `right`; the widest line of a document marks its right margin.
 */
function page(
  index: number,
  lines: (string | { text: string; gap?: number; left?: number; right?: number; y?: number })[],
): PdfLine[] {
  let y = 780;
  return lines.map((entry, at) => {
    const line = typeof entry === 'string' ? { text: entry } : entry;
    if (at > 0) y -= line.gap ?? 12;
    return {
      text: line.text,
      y: line.y ?? y,
      left: line.left ?? 57,
      right: line.right ?? 200,
      size: 10,
      page: index,
    };
  });
}

const text = (...pages: PdfLine[][]) =>
  pdfText(
    pages,
    pages.map(() => A4),
  );

describe('text of a PDF', () => {
  it('finds paragraphs by their spacing', () => {
    expect(
      text(
        page(0, [
          'Beslutning',
          { text: 'Chefforum godkendte', gap: 24 },
          'dagsordenen.',
          { text: 'Ny sag.', gap: 24 },
        ]),
      ),
    ).toBe('Beslutning\n\nChefforum godkendte\ndagsordenen.\n\nNy sag.');
  });

  it('drops page numbers and running headers and footers, keeping a case number under each title', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n - 1, [
        { text: 'Chefforum – referat 08-10-2020', y: 810 },
        { text: `Punkt ${n}: CF - Sag ${n}`, y: 780, right: 540 },
        { text: '00.01.00-A21-9-19', y: 768 },
        { text: 'Tekst.', y: 740 },
        { text: `Side ${n} af 3`, y: 30 },
      ]),
    );
    expect(text(...pages)).toBe(
      [1, 2, 3].map((n) => `Punkt ${n}: CF - Sag ${n}\n00.01.00-A21-9-19\n\nTekst.`).join('\n\n'),
    );
  });

  it.each([
    ['a word hyphenated at the line end', ['administra-', 'tionen'], 'administrationen'],
    ['a suspended compound keeps its hyphen', ['bygge-', 'og anlægsprojekter'], 'bygge-\nog anlægsprojekter'],
    ['a capital before the hyphen shows a real one', ['IT-', 'projekter'], 'IT-projekter'],
    ['a hyphen before a number stays', ['Covid-', '19 beredskab'], 'Covid-19 beredskab'],
    [
      'a link broken over two lines',
      ['https://albertslund.sharepoint.com/:x:/s/TT-', 'Projektmodel/EWy03?e=vL'],
      'https://albertslund.sharepoint.com/:x:/s/TT-Projektmodel/EWy03?e=vL',
    ],
    [
      'a link followed by a sentence',
      ['https://kommune.dk/', 'Cheferne skal læse den.'],
      'https://kommune.dk/\nCheferne skal læse den.',
    ],
    [
      'a Punkt title that wrapped',
      ['Punkt 3: CF - Mit personlige ledelsesgrundlag v. Chefen for', 'Kultur & Fritid (9.30-10.00)'],
      'Punkt 3: CF - Mit personlige ledelsesgrundlag v. Chefen for Kultur & Fritid (9.30-10.00)',
    ],
    [
      'a Punkt title followed by its case number',
      ['Punkt 3: CF - Budget', '14/13782'],
      'Punkt 3: CF - Budget\n14/13782',
    ],
    ['bullets from symbol fonts', ['• Vi tør', '▪ Vi blander os'], '- Vi tør\n- Vi blander os'],
  ])('%s', (_name, lines, expected) => {
    expect(text(page(0, lines))).toBe(expected);
  });

  it('joins a table-of-contents entry that wrapped, and only inside the table of contents', () => {
    expect(
      text(
        page(0, [
          'Indholdsfortegnelse',
          { text: 'CF - Mit personlige ledelsesgrundlag v. Chefen for Kultur &', gap: 24 },
          'Fritid (9.30-10.00)..... 5',
          'CF - Evt..... 6',
          { text: 'Punkt 1: CF - Evt.', gap: 24 },
          { text: 'To linjer', gap: 24 },
          'i et afsnit',
        ]),
      ),
    ).toBe(
      'Indholdsfortegnelse\n\nCF - Mit personlige ledelsesgrundlag v. Chefen for Kultur & Fritid (9.30-10.00)..... 5\nCF - Evt..... 6\n\nPunkt 1: CF - Evt.\n\nTo linjer\ni et afsnit',
    );
  });

  it('runs a paragraph on across a page break when the last line is full, and ends it when it is short', () => {
    const first = page(0, ['Første afsnit fortsætter', { text: 'helt ud til margenen og', right: 540 }]);
    const second = page(1, ['videre her.', { text: 'Andet afsnit slutter', gap: 24 }, 'kort.']);
    const third = page(2, ['Tredje afsnit.']);
    expect(text(first, second, third)).toBe(
      'Første afsnit fortsætter\nhelt ud til margenen og\nvidere her.\n\nAndet afsnit slutter\nkort.\n\nTredje afsnit.',
    );
  });

  it('keeps the items of an indented list together, and a list that a page break cuts through', () => {
    const first = page(0, [
      { text: 'Spor der kan arbejdes videre med i den kommende periode:', right: 540 },
      { text: '1. Kommissorie', gap: 24, left: 85 },
      { text: '2. Fællesskaber', gap: 24, left: 85 },
    ]);
    const second = page(1, ['3. Ledelsesgrundlag']);
    expect(text(first, second)).toBe(
      'Spor der kan arbejdes videre med i den kommende periode:\n\n1. Kommissorie\n2. Fællesskaber\n3. Ledelsesgrundlag',
    );
  });
});
