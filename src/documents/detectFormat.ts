// Which reader a file needs: by its first bytes where they tell, else by its name.

export type DocumentFormat = 'txt' | 'docx' | 'pdf';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The format of a document, or null when it is none we read (a zip that is no Word file, an .xlsx …). */
export function detectFormat(fileName: string, bytes: Uint8Array): DocumentFormat | null {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP_MAGIC)) return extension === 'docx' || extension === '' ? 'docx' : null;
  if (extension === 'pdf') return 'pdf';
  if (extension === 'docx') return 'docx';
  if (extension === 'txt' || extension === 'text' || extension === '') return 'txt';
  return null;
}
