import { caseNumberKind, caseNumberOf } from './caseNumber';

describe('case numbers', () => {
  it.each([
    ['00.01.00-A21-9-19', '00.01.00-A21-9-19', 'kle'],
    ['29.08.06-A26-1-20', '29.08.06-A26-1-20', 'kle'],
    ['85.13.00-P20-1-20', '85.13.00-P20-1-20', 'kle'],
    ['14/13782', '14/13782', 'journal'],
    ['  13/15155 ', '13/15155', 'journal'],
    ['Sagsnr.: 14/1553', '14/1553', 'journal'],
  ])('%s → %s (%s)', (line, expected, kind) => {
    const caseNumber = caseNumberOf(line);
    expect(caseNumber).toBe(expected);
    expect(caseNumberKind(caseNumber!)).toBe(kind);
  });

  it.each([
    'Mødelokale 1',
    '2020-10-08',
    '00.01.00',
    'Se sag 14/13782 for detaljer',
    '1/2',
    '00.01.00-A21-9-2019',
  ])('%s is no case number', (line) => {
    expect(caseNumberOf(line)).toBeNull();
  });
});
