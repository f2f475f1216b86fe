// Any document the forum keeps (.txt, .docx, .pdf) → the text the referat parser reads.
import type { DocumentTextReader } from '../domain/ports';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { MAX_DOCUMENT_BYTES } from './documentLimits';
import { UnreadableDocumentError } from './UnreadableDocumentError';

/**
 * Reads a document by its content (its name only where the content does not tell). Word and PDF
 * readers are loaded on first use. Throws only `UnreadableDocumentError`; tells `warn` of bytes a text
 * file had to have replaced.
 */
export const readDocumentText: DocumentTextReader = async (bytes, fileName, warn) => {
  if (bytes.length === 0) throw new UnreadableDocumentError('empty', fileName);
  // Before any reader: pdf.js and the text decoder would otherwise hold all of it, and more.
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new UnreadableDocumentError('too-large', fileName);
  const format = detectFormat(fileName, bytes);
  switch (format) {
    case 'txt': {
      const { text, replacedBytes } = decodeText(bytes, fileName);
      if (replacedBytes > 0) warn?.({ code: 'replaced-bytes', count: replacedBytes });
      return text;
    }
    case 'docx':
      return (await import('./readDocx')).readDocx(bytes, fileName);
    case 'pdf':
      return (await import('./readPdf')).readPdf(bytes, fileName);
    case null:
      throw new UnreadableDocumentError('unsupported-format', fileName);
  }
};
