// Ten years and more of referater: a library of 500 documents in year folders (the emulator's
// generated archive, EMULATOR_ARCHIVE=500) with Graph 50 ms away. The current agenda is on screen while
// the archive is still being read behind it; once the progress line is gone, search finds a 2016
// meeting's point and opens it; the one damaged document is named.
// Graph: driveitem-list-children ($select, $top) and JSON batching (microsoft-graph-docs-contrib
// api-reference/v1.0/api/driveitem-list-children.md, concepts/json-batching.md).
// @longRunning: the longest browser test, started first by tests/setup/browserTestsLast.cjs.
import { ARCHIVE } from '../../dev/emulator/seed';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';

describeInBrowser('a 500-document library', () => {
  const env = tabFixture({ archive: 500, faults: { latencyMs: 50 } });

  it('shows the current agenda before the archive is read, then finds a 2016 point by search', async () => {
    const context = await env.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const pdfWorkers: string[] = [];
    page.on('worker', (worker) => {
      // pdf.js's worker is the one module worker: webpack emits pdf.worker.min.mjs as a hashed .mjs file.
      if (/\.mjs$/.test(worker.url())) pdfWorkers.push(worker.url());
    });
    await page.goto(tabAddress(env.server.url, env.graph.url));
    await page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor({ timeout: 60_000 });
    // The agenda is there and the archive is not: the progress line still counts.
    const progress = page.getByText(/^Læser arkivet: \d+ af 500$/);
    expect(await progress.count()).toBe(1);
    expect(Number(/: (\d+) af/.exec((await progress.textContent()) ?? '')?.[1])).toBeLessThan(500);

    // Searching meanwhile says the search is not yet complete.
    await page.getByRole('searchbox').fill('skolestruktur');
    await page.getByText(/^Arkivet læses stadig: søgningen omfatter \d+ af 500 dokumenter\.$/).waitFor();

    await progress.waitFor({ state: 'detached', timeout: 300_000 });
    // A third of the archive is PDF, all read by one pdf.js worker (src/documents/loadPdfjs.browser.ts).
    expect(pdfWorkers).toHaveLength(1);
    await page.getByRole('searchbox').fill('Vestbyens skolestruktur');
    const hit = page.getByRole('link', {
      name: `Referat torsdag 3. marts 2016 · Punkt 1: ${ARCHIVE.searchable.title}`,
    });
    await hit.waitFor();
    expect(await page.getByText(/Arkivet læses stadig/).count()).toBe(0);
    await page.getByText(`${ARCHIVE.broken} kan ikke læses (filen kan være beskadiget)`).waitFor();

    await hit.click();
    await page.getByRole('heading', { level: 1, name: 'Referat Chefforum' }).waitFor({ timeout: 60_000 });
    await page.getByText('torsdag 3. marts 2016', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: `Punkt 1: ${ARCHIVE.searchable.title}` }).waitFor();
    await context.close();
  }, 420_000);
});
