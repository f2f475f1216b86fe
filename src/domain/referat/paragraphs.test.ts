import { joinParagraphs, withoutListMarker } from './paragraphs';

describe('paragraph text', () => {
  it.each([
    ['one line', ['Chefforum godkendte dagsordenen.'], 'Chefforum godkendte dagsordenen.'],
    [
      'a line broken mid-sentence is mended',
      ['Chefforum godkendte', 'dagsordenen.'],
      'Chefforum godkendte dagsordenen.',
    ],
    ['blank lines separate paragraphs', ['Første.', '', '', 'Anden.'], 'Første.\n\nAnden.'],
    [
      'bullets keep their marker',
      ['Kommentar:', '- Ny vision', '- Drejebog'],
      'Kommentar:\n- Ny vision\n- Drejebog',
    ],
    ['other bullets become "- "', ['• Vi tør', '– Vi blander os'], '- Vi tør\n- Vi blander os'],
    [
      'a wrapped bullet continues its item',
      ['- Vi prioriterer og', 'afstemmer'],
      '- Vi prioriterer og afstemmer',
    ],
    ['numbered items', ['1. Første', '2. Anden', '3. Tredje'], '1. Første\n2. Anden\n3. Tredje'],
    [
      'a number that only looks like an item is mended',
      ['Fremlægges på Chefforum d.', '5. november 2020.'],
      'Fremlægges på Chefforum d. 5. november 2020.',
    ],
    ['inner white space is folded', ['  Chefforum   tog   det  '], 'Chefforum tog det'],
    ['nothing', ['', ''], ''],
  ])('%s', (_name, lines, text) => {
    expect(joinParagraphs(lines)).toBe(text);
  });

  it.each([
    ['- Virksomhedsplan 2014', 'Virksomhedsplan 2014'],
    ['1. Årshjul', 'Årshjul'],
    ['Årshjul for 2014', 'Årshjul for 2014'],
  ])('%s without its marker is %s', (line, text) => {
    expect(withoutListMarker(line)).toBe(text);
  });
});
