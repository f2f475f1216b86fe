// Bytes of a text export → string: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1252.
import { UnreadableDocumentError } from './UnreadableDocumentError';

function decoder(label: string): TextDecoder {
  return new TextDecoder(label);
}

/** The encoding a byte order mark names, or a guess for BOM-less UTF-16 from its NUL bytes. */
function encodingOf(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  const sample = bytes.subarray(0, 512);
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  });
  const half = sample.length / 2;
  if (oddNuls > half * 0.6 && evenNuls < half * 0.1) return { label: 'utf-16le', skip: 0 };
  if (evenNuls > half * 0.6 && oddNuls < half * 0.1) return { label: 'utf-16be', skip: 0 };
  return null;
}

/** A document's text, and how many of its bytes were not valid in its encoding and became U+FFFD. */
export interface DecodedText {
  text: string;
  replacedBytes: number;
}

/**
 * How many well-formed multi-byte UTF-8 sequences the bytes hold, and how many bytes belong to none
 * (the WHATWG decoder's ranges: no overlong forms, no surrogates, nothing past U+10FFFF).
 */
export function utf8Census(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  const continues = (at: number, low = 0x80, high = 0xbf) => bytes[at]! >= low && bytes[at]! <= high;
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at]!;
    let length = 0;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = continues(at + 1) ? 2 : 0;
    else if (lead >= 0xe0 && lead <= 0xef) {
      const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      length = continues(at + 1, low, high) && continues(at + 2) ? 3 : 0;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      length = continues(at + 1, low, high) && continues(at + 2) && continues(at + 3) ? 4 : 0;
    }
    if (length === 0) invalid += 1;
    else if (length > 1) multiByte += 1;
    at += Math.max(length, 1);
  }
  return { multiByte, invalid };
}

/**
 * Text with LF line endings, and the bytes replaced. Without a byte order mark, bytes whose non-ASCII
 * characters are mostly well-formed UTF-8 are UTF-8, the odd broken byte replaced (a few damaged bytes
 * must not turn every æ, ø and å of a UTF-8 file into "Ã¦"); bytes where broken sequences outnumber
 * well-formed ones are Windows-1252, as older Danish exports are (æ = 0xE6: never valid UTF-8 before
 * a letter). Bytes that are plainly binary give `UnreadableDocumentError('not-text')`.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): DecodedText {
  const known = encodingOf(bytes);
  let text: string;
  let replacedBytes = 0;
  if (known) {
    text = decoder(known.label).decode(bytes.subarray(known.skip));
  } else {
    const { multiByte, invalid } = utf8Census(bytes);
    const utf8 = invalid === 0 || multiByte > invalid;
    text = decoder(utf8 ? 'utf-8' : 'windows-1252').decode(bytes);
    if (utf8) replacedBytes = invalid;
  }
  if (looksBinary(text)) throw new UnreadableDocumentError('not-text', fileName);
  return { text: text.replace(/\r\n?/g, '\n'), replacedBytes };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls / sample.length > 0.05;
}
