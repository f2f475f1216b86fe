// Word (.docx) → text through mammoth's HTML, which keeps headings, paragraphs and lists apart.
import { MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from './documentLimits';
import { htmlToText } from './htmlToText';
import { UnreadableDocumentError } from './UnreadableDocumentError';
import { zipInflation } from './zipInflation';

/**
 * The document's text; a damaged file gives `UnreadableDocumentError('corrupt-docx')`, one that unpacks
 * to more than MAX_INFLATED_BYTES `'too-large'`, found out before mammoth unpacks any of it.
 */
export async function readDocx(bytes: Uint8Array, fileName?: string): Promise<string> {
  const verdict = await zipInflation(bytes, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES).catch((error: unknown) => {
    throw new UnreadableDocumentError('corrupt-docx', fileName, { cause: error });
  });
  if (verdict === 'too-large') throw new UnreadableDocumentError('too-large', fileName);
  const mammoth = await import('mammoth');
  const convert =
    mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: give both, each ignores the other.
    const input = { buffer: bytes as Buffer, arrayBuffer };
    const { value } = await convert(input, { ignoreEmptyParagraphs: false });
    return htmlToText(value);
  } catch (error) {
    throw new UnreadableDocumentError('corrupt-docx', fileName, { cause: error });
  }
}
