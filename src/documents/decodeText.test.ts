import { decodeText, utf8Census } from './decodeText';
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
    expect(decodeText(bytes)).toEqual({ text, replacedBytes: 0 });
  });

  // A referat in UTF-8 whose file got a few bytes damaged: its æ, ø and å stay, the damage is counted.
  const long = `REFERAT Chefforum\nMødested Rådhuset, mødelokale 1\n${'Æblegrød på Ålholm og så videre. '.repeat(40)}`;
  const encoded = new TextEncoder().encode(long);
  const spaces = [...encoded.keys()].filter((at) => encoded[at] === 0x20);
  const oe = encoded.findIndex((byte, at) => byte === 0xc3 && encoded[at + 1] === 0xb8); // ø
  it.each([
    ['three stray bytes where spaces were', [spaces[5]!, spaces[60]!, spaces[200]!], 3],
    ['the second byte of an ø overwritten', [oe + 1], 2],
    ['a byte of the first line overwritten', [3], 1],
  ])('reads UTF-8 with %s as UTF-8, the bad bytes replaced and counted', (_name, positions, replaced) => {
    const bytes = encoded.slice();
    for (const at of positions) bytes[at] = 0xff;
    const decoded = decodeText(bytes);
    expect(decoded.replacedBytes).toBe(replaced);
    expect(decoded.text.match(/\ufffd/g)).toHaveLength(replaced);
    expect(decoded.text).toContain('Ålholm og så videre');
    expect(decoded.text).not.toMatch(/Ã|Â/);
  });

  it('reads a Windows-1252 file with a stray UTF-8 sequence as Windows-1252', () => {
    const bytes = concat(cp1252(`${text} og så videre `.repeat(5)), new TextEncoder().encode('–'));
    const decoded = decodeText(bytes);
    expect(decoded.text.startsWith(text)).toBe(true);
    expect(decoded.replacedBytes).toBe(0);
  });

  it.each([
    ['overlong NUL', [0xc0, 0x80], 0, 2],
    ['a surrogate', [0xed, 0xa0, 0x80], 0, 3],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, 4],
    ['a four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], 1, 0],
    ['æøå', [0xc3, 0xa6, 0xc3, 0xb8, 0xc3, 0xa5], 3, 0],
  ])('counts %s as the WHATWG decoder does', (_name, bytes, multiByte, invalid) => {
    expect(utf8Census(new Uint8Array(bytes))).toEqual({ multiByte, invalid });
  });

  it('refuses binary data', () => {
    const junk = new Uint8Array(400).map((_, index) => (index * 7919) % 256);
    expect(() => decodeText(junk, 'billede.txt')).toThrow(UnreadableDocumentError);
    expect(() => decodeText(junk, 'billede.txt')).toThrow(
      'billede.txt: the file holds binary data, not text',
    );
  });
});
