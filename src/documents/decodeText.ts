// Bytes of a text export → string: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1252.
import { UnreadableDocumentError } from './UnreadableDocumentError';

function decoder(label: string, fatal = false): TextDecoder {
  return new TextDecoder(label, { fatal });
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

/** Text with LF line endings. Bytes that are plainly binary give `UnreadableDocumentError('not-text')`. */
export function decodeText(bytes: Uint8Array, fileName?: string): string {
  const known = encodingOf(bytes);
  let text: string;
  if (known) {
    text = decoder(known.label).decode(bytes.subarray(known.skip));
  } else {
    try {
      text = decoder('utf-8', true).decode(bytes);
    } catch {
      // Not valid UTF-8: older Danish exports are Windows-1252 (æ = 0xE6, ø = 0xF8, å = 0xE5).
      text = decoder('windows-1252').decode(bytes);
    }
  }
  if (looksBinary(text)) throw new UnreadableDocumentError('not-text', fileName);
  return text.replace(/\r\n?/g, '\n');
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls / sample.length > 0.05;
}
