import { decodeText } from './decodeText';
import { UnreadableDocumentError } from './UnreadableDocumentError';

const text = 'Mødested Mødelokale 1\nÆblegrød på Ålholm';
const utf16 = (value: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(value.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < value.length; index += 1)
    view.setUint16(index * 2, value.charCodeAt(index), littleEndian);
  return bytes;
};
const cp1252 = (value: string) =>
  new Uint8Array(
    [...value].map(
      (char) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 })[char] ?? char.charCodeAt(0),
    ),
  );
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

describe('decoding text exports', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(text))],
    ['UTF-16 LE with BOM', concat(new Uint8Array([0xff, 0xfe]), utf16(text, true))],
    ['UTF-16 BE with BOM', concat(new Uint8Array([0xfe, 0xff]), utf16(text, false))],
    ['UTF-16 LE without BOM', utf16(text, true)],
    ['UTF-16 BE without BOM', utf16(text, false)],
    ['Windows-1252', cp1252(text)],
    ['Windows line endings', new TextEncoder().encode(text.replace('\n', '\r\n'))],
  ])('%s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('refuses binary data', () => {
    const junk = new Uint8Array(400).map((_, index) => (index * 7919) % 256);
    expect(() => decodeText(junk, 'billede.txt')).toThrow(UnreadableDocumentError);
    expect(() => decodeText(junk, 'billede.txt')).toThrow(
      'billede.txt: the file holds binary data, not text',
    );
  });
});
