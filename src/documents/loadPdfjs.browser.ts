// pdf.js in the browser: the standard build, parsing in its own Web Worker off the UI thread.
import type { Pdfjs } from './loadPdfjs';

export type { Pdfjs };

export async function loadPdfjs(): Promise<Pdfjs> {
  const pdfjs = (await import('pdfjs-dist')) as unknown as Pdfjs;
  pdfjs.GlobalWorkerOptions.workerSrc = new URL(
    'pdfjs-dist/build/pdf.worker.min.mjs',
    import.meta.url,
  ).toString();
  return pdfjs;
}
