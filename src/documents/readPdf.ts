// PDF → text with pdf.js: positioned text runs become lines, then paragraphs, with what PDFs add removed.
import { loadPdfjs, pdfWorker } from './loadPdfjs';
import { linesOfPage, type PdfLine, type PdfTextItem } from './pdfLines';
import { pdfText } from './pdfText';
import { UnreadableDocumentError } from './UnreadableDocumentError';

/** The document's text; a damaged or password-protected file gives `UnreadableDocumentError`. */
export async function readPdf(bytes: Uint8Array, fileName?: string): Promise<string> {
  const [pdfjs, worker] = await Promise.all([loadPdfjs(), pdfWorker()]);
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    ...(worker ? { worker } : {}),
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    // A task that failed to open still has its worker side parsing: ended here, so nothing of it
    // rejects later with no one to hear it (mozilla/pdf.js#12214: a damaged file's "unhandled" error).
    await task.destroy().catch(() => undefined);
    const encrypted = (error as { name?: string } | null)?.name === 'PasswordException';
    throw new UnreadableDocumentError(encrypted ? 'encrypted-pdf' : 'corrupt-pdf', fileName, {
      cause: error,
    });
  }
  try {
    const pages: PdfLine[][] = [];
    const heights: number[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                str: item.str,
                x: item.transform[4],
                y: item.transform[5],
                width: item.width,
                height: item.height,
              },
            ]
          : [],
      );
      const [, bottom = 0, , top = 842] = page.view;
      heights.push(top - bottom);
      pages.push(linesOfPage({ height: heights[heights.length - 1]!, items }, number - 1));
      page.cleanup();
    }
    return pdfText(pages, heights);
  } catch (error) {
    throw new UnreadableDocumentError('corrupt-pdf', fileName, { cause: error });
  } finally {
    await document.destroy().catch(() => undefined); // never instead of the text or the reason
  }
}
