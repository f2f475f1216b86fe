// pdf.js in the browser: the standard build, parsing in a Web Worker off the UI thread. One worker
// serves every document: without it pdf.js starts (and compiles) a worker of its own per file, which
// for an archive of PDFs costs more than reading them.
import type { Pdfjs, PdfWorker } from './loadPdfjs';

export type { Pdfjs, PdfWorker };

export async function loadPdfjs(): Promise<Pdfjs> {
  const pdfjs = (await import('pdfjs-dist')) as unknown as Pdfjs;
  pdfjs.GlobalWorkerOptions.workerSrc = new URL(
    'pdfjs-dist/build/pdf.worker.min.mjs',
    import.meta.url,
  ).toString();
  return pdfjs;
}

let shared: Promise<PdfWorker> | null = null;

/**
 * The page's one pdf.js worker, started on first use (again if it was destroyed, or pdf.js could not be
 * loaded). The promise is kept, not the worker, so PDFs read at the same moment do not each start one.
 */
export async function pdfWorker(): Promise<PdfWorker | undefined> {
  // Set before any await: a second PDF read meanwhile finds this promise and waits for the same worker.
  if (!shared) shared = loadPdfjs().then((pdfjs) => new pdfjs.PDFWorker());
  const worker = await shared.catch((error: unknown) => {
    shared = null; // pdf.js could not be loaded: the next PDF tries again
    throw error;
  });
  if (!worker.destroyed) return worker;
  shared = null;
  return pdfWorker();
}
