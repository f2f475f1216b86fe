// Word (.docx) → text through mammoth's HTML, which keeps headings, paragraphs and lists apart.
import { htmlToText } from './htmlToText';
import { UnreadableDocumentError } from './UnreadableDocumentError';

/** The document's text; a damaged file gives `UnreadableDocumentError('corrupt-docx')`. */
export async function readDocx(bytes: Uint8Array, fileName?: string): Promise<string> {
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
