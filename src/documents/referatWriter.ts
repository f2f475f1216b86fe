// The referat writer the tab uses: Word bytes from the document model, and the text a file reads as,
// to tell the same referat from one someone edited. Both load on first use, so the tab's first paint
// does not carry the Word writer.
import type { ReferatWriter } from '../domain/ports';

export const docxReferatWriter: ReferatWriter = {
  async docx(referat) {
    const { writeDocx } = await import('./writeDocx');
    return writeDocx(referat);
  },
  async text(bytes, fileName) {
    const { readDocumentText } = await import('./readDocumentText');
    return readDocumentText(bytes, fileName);
  },
};
