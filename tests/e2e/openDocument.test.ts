// The first view in a real browser: open a referat file, read its points, in Danish and English, light
// and dark, at 320 px and 1,400 px, with no serious accessibility violation. Screenshots go to
// test-output/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { renderPdf } from '../../dev/fixtures/renderDocuments';
import { docxBomb } from '../../src/documents/testing/zipBomb';
import { buildApp } from './support/buildApp';
import { describeInBrowser, launchChromium } from './support/browser';
import { serveFolder } from './support/staticServer';
import { seriousViolations } from './support/accessibility';

const screenshots = path.resolve(__dirname, '../../test-output/screenshots');
const fixture = path.resolve(__dirname, '../fixtures/referater/referat-2022-03-10.txt');

describeInBrowser('opening a document in the browser', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serveFolder(await buildApp());
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Each test's page is closed when it ends, so none goes on working while the next runs.
  afterEach(async () => {
    await Promise.all(browser.contexts().map((context) => context.close()));
  });

  async function open(query: string, width = 1400): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}${query}${query.includes('?') ? '&' : '?'}view=file`);
    (page as Page & { problems?: string[] }).problems = problems;
    return page;
  }

  it('reads a PDF referat with pdf.js in the browser and shows its points', async () => {
    const page = await open('?lang=da');
    const { readFileSync } = await import('node:fs');
    const pdf = await renderPdf(readFileSync(fixture, 'utf8'), {
      runningHeader: 'Chefforum',
      pageNumbers: true,
    });
    await page.setInputFiles('input[type=file]', {
      name: 'referat-2022-03-10.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf),
    });
    await page.getByRole('heading', { level: 1, name: 'Referat Chefforum' }).waitFor({ timeout: 30_000 });
    await page.getByText('torsdag 10. marts 2022 kl. 09:00 · Mødested: Mødelokale 1').waitFor();
    await page.getByRole('button', { name: /Punkt 2: Digitaliseringsstrategi 2022-2025/ }).click();
    await page
      .getByText('Chefforum drøftede udkastet og godkendte, at det sendes i høring.', { exact: false })
      .waitFor();
    await page.screenshot({ path: path.join(screenshots, 'referat-light-1400.png'), fullPage: true });
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
  });

  it.each([
    ['light', 'da', 1400],
    ['dark', 'en', 1400],
    ['contrast', 'da', 320],
  ] as const)(
    'has no serious accessibility violation in the %s theme (%s, %i px)',
    async (theme, lang, width) => {
      const page = await open(`?theme=${theme}&lang=${lang}`, width);
      await page.setInputFiles('input[type=file]', fixture);
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: lang === 'da' ? /Punkt 3:/ : /Item 3:/ }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(screenshots, `referat-${theme}-${lang}-${width}.png`),
        fullPage: true,
      });
    },
  );

  it('shows the text of a document as text: markup in it runs nothing', async () => {
    const page = await open('?lang=da');
    const hostile =
      'REFERAT Chefforum d. 05-11-2020\nPunkt 1: CF - <img src=x onerror="window.hacked=1"> <script>window.hacked=1</script>\nBeslutning\n<b>fed</b> & <i>kursiv</i>';
    await page.setInputFiles('input[type=file]', {
      name: 'ondt.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(hostile),
    });
    const heading = page.getByRole('button', { name: /Punkt 1:/ });
    await heading.waitFor({ timeout: 30_000 });
    expect(await heading.textContent()).toContain(
      '<img src=x onerror="window.hacked=1"> <script>window.hacked=1</script>',
    );
    await heading.click();
    await page.getByText('<b>fed</b> & <i>kursiv</i>').waitFor();
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
  });

  it('says the page could not be shown, not a blank tab, when its code cannot be fetched, and reloads it', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    // The tab's own script arrives; the page's code, fetched after it, does not (offline meanwhile, or
    // a new version deployed): src/ui/main.tsx's LoadBoundary.
    const pageCode = (url: URL) => /\.m?js$/.test(url.pathname) && !/\/app\.[^/]+\.js$/.test(url.pathname);
    await page.route(pageCode, (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}?lang=da&view=file`);
    await page
      .getByText('Denne del af Chefforum-fanen kunne ikke vises. Tjek forbindelsen, og prøv igen.')
      .waitFor({ timeout: 30_000 });
    await page.unroute(pageCode);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.locator('input[type=file]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByText(/kunne ikke vises/).count()).toBe(0);
  });

  it('says in Danish that a broken file cannot be read', async () => {
    const page = await open('?lang=da');
    await page.setInputFiles('input[type=file]', {
      name: 'i-stykker.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nbroken'),
    });
    await page
      .getByText('i-stykker.pdf: Filen kan ikke læses.', { exact: false })
      .waitFor({ timeout: 30_000 });
  });

  it('refuses a Word file that unpacks to 300 MB as too large, in Danish, without taking its memory', async () => {
    const page = await open('?lang=da');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'JSHeapUsedSize')!
        .value;
    const before = await heap();
    let peak = before;
    let reading = true;
    const sampling = (async () => {
      while (reading) {
        peak = Math.max(peak, await heap());
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await page.setInputFiles('input[type=file]', {
      name: 'bombe.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docxBomb(300)),
    });
    try {
      await page.getByText('bombe.docx: Filen kan ikke læses. Den er for stor', { exact: false }).waitFor({
        timeout: 30_000,
      });
    } finally {
      reading = false;
      await sampling;
    }
    // mammoth would hold the 300 MB part as a string; counting it as it inflates holds 16 KB at a time.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  });
});
