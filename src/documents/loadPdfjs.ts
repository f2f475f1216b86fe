// pdf.js for Node (the CLI, tests, benchmarks): its legacy build, which needs no worker or DOM.
// The browser bundle swaps this file for loadPdfjs.browser.ts (see webpack.config.js).
export type Pdfjs = typeof import('pdfjs-dist');
export type PdfWorker = InstanceType<Pdfjs['PDFWorker']>;

/** Loads pdf.js on first use only, so nothing pays for it until a PDF is read. */
export async function loadPdfjs(): Promise<Pdfjs> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs;
}

/** In Node pdf.js reads on the calling thread: no worker to share. */
export async function pdfWorker(): Promise<PdfWorker | undefined> {
  return undefined;
}
