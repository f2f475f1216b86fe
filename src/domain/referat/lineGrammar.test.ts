import { escapeTextLine, isStructuralLine, unescapeTextLine } from './lineGrammar';

describe('the line grammar the writer asks', () => {
  it.each([
    'Punkt 3: CF - Falsk punkt',
    'Punkt 4: Lukket',
    'Pkt. 2 – Personalesag (lukket)',
    'Lukket punkt',
    'Beslutning',
    'BESLUTNING I CHEFFORUM DEN 23-04-2015',
    'Bilag',
    'Indstilling:',
    'Sagsfremstilling',
    'Kommunaldirektøren indstiller,',
    '14/13782',
    'REFERAT Chefforum d. 05-11-2020',
    'Mødedato Torsdag d. 05. november 2020',
    '\u00A0Bilag\u200B',
  ])('%j is structure', (line) => {
    expect(isStructuralLine(line)).toBe(true);
    expect(escapeTextLine(line)).toMatch(/^» /);
    expect(isStructuralLine(escapeTextLine(line))).toBe(false);
  });

  it.each([
    'Beslutning om ny mødestruktur blev udsat.',
    'Dagsorden og referat godkendt.',
    'Sagen blev lukket i maj.',
    '- Punkt 3: Lukket',
    '1. at Chefforum godkender',
    'https://kommune.sharepoint.com/Bilag.pdf',
    '»Citat« fra mødet',
  ])('%j is text, written as it is', (line) => {
    expect(isStructuralLine(line)).toBe(false);
    expect(escapeTextLine(line)).toBe(line);
  });

  it.each([
    ['Bilag', '» Bilag'],
    ['» Bilag', '» » Bilag'],
    ['» tekst', '» » tekst'],
    ['Punkt  3:\tLukket', '» Punkt 3: Lukket'],
  ])('escapes %j as %j, and the parser reads it back', (line, escaped) => {
    expect(escapeTextLine(line)).toBe(escaped);
    expect(unescapeTextLine(escaped)).toBe(escapeTextLine(line).slice(2));
  });
});
