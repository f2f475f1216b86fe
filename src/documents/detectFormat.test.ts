import { detectFormat } from './detectFormat';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the format of a document', () => {
  it.each([
    ['referat.pdf', bytes('%PDF-1.7 …'), 'pdf'],
    ['referat', bytes('%PDF-1.4 …'), 'pdf'],
    ['referat.txt', bytes('%PDF-1.4 really a pdf'), 'pdf'],
    ['referat.docx', bytes('PK\u0003\u0004…'), 'docx'],
    ['referat.xlsx', bytes('PK\u0003\u0004…'), null],
    ['referat.txt', bytes('REFERAT Chefforum'), 'txt'],
    ['referat.TXT', bytes('REFERAT Chefforum'), 'txt'],
    ['referat.pdf', bytes('not a pdf at all'), 'pdf'],
    ['billede.png', bytes('\u0089PNG'), null],
  ])('%s → %s', (name, content, format) => {
    expect(detectFormat(name, content)).toBe(format);
  });
});
