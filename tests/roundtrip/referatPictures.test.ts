// Pictures of the written referat, so its layout can be looked at and not only parsed: the first pages
// of the PDF, drawn by pdf.js onto @napi-rs/canvas (pdf.js's own canvas for Node, installed with it), to
// test-output/screenshots/referat-<date>-page-<n>.png.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadPdfjs } from '../../src/documents/loadPdfjs';
import { writePdf } from '../../src/documents/writePdf';
import type { Meeting } from '../../src/domain/meeting';
import { referatDocument } from '../../src/domain/referat/referatDocument';

/** pdf.js's canvas factory in Node (typed as a bare object in its declarations). */
interface CanvasFactory {
  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
}

const out = path.resolve(__dirname, '../../test-output/screenshots');
const standardFonts = `${path.dirname(require.resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

it('draws the first pages of a written referat (header and contents, then point 1) as PNG', async () => {
  const meeting = JSON.parse(
    readFileSync(path.resolve(__dirname, '../fixtures/expected/referat-2026-11-12.json'), 'utf8'),
  ) as Meeting;
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({
    data: await writePdf(referatDocument(meeting)),
    standardFontDataUrl: standardFonts,
    verbosity: 0,
    isEvalSupported: false,
  }).promise;
  mkdirSync(out, { recursive: true });
  for (const number of [1, 2, 3]) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: 1.5 });
    const { canvas, context } = (pdf.canvasFactory as CanvasFactory).create(viewport.width, viewport.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const png = (canvas as unknown as { toBuffer(type: string): Buffer }).toBuffer('image/png');
    // A drawn page is mostly white paper with dark text: a blank or failed drawing would be far smaller.
    expect(png.length).toBeGreaterThan(20_000);
    writeFileSync(path.join(out, `referat-2026-11-12-page-${number}.png`), png);
  }
  await pdf.destroy();
});
