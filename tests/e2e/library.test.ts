// The agenda tab against a seeded Graph emulator, in Debian's chromium: the current agenda, points,
// a closed point, search, deep links, a broken document, a 503 and its retry, themes and axe.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import { seriousViolations } from './support/accessibility';

const screenshots = path.resolve(__dirname, '../../test-output/screenshots');

describeInBrowser('the agenda tab', () => {
  const env = tabFixture();

  beforeAll(() => mkdirSync(screenshots, { recursive: true }));

  /**
   * The tab, for a member who has opened it before (`env.returningContext`) unless `firstVisit`: the
   * tests of reading the library itself open it in a new browser profile.
   */
  async function open(
    query = '',
    options: { width?: number; at?: Date; firstVisit?: boolean } = {},
  ): Promise<Page> {
    const context = await (options.firstVisit ? env.newContext : env.returningContext)({
      viewport: { width: options.width ?? 1400, height: 900 },
      reducedMotion: 'reduce',
      locale: 'da-DK',
    });
    const page = await context.newPage();
    if (options.at) await page.clock.install({ time: options.at });
    await page.goto(tabAddress(env.server.url, env.graph.url, query));
    return page;
  }

  it('opens on the coming meeting’s agenda, in Danish, with its points', async () => {
    const page = await open('', { firstVisit: true });
    await page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor({ timeout: 30_000 });
    await page.getByText('torsdag 14. januar 2027 kl. 09:00 · Mødested: Rådhuset, mødelokale 2').waitFor();
    const points = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(points.filter((text) => text.startsWith('Punkt'))).toHaveLength(5);
    await page.getByRole('button', { name: /Punkt 2: Budgetopfølgning 2027/ }).click();
    await page.getByText('Skærpet visitation af nye sager').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'agenda-light-1400.png'), fullPage: true });
  });

  it('highlights the point under way during the meeting', async () => {
    const page = await open('', { at: new Date(2027, 0, 14, 9, 10) });
    const now = page.getByRole('button', { name: /Punkt 2: Budgetopfølgning 2027/ });
    await now.waitFor({ timeout: 30_000 });
    expect(await now.textContent()).toContain('Nu');
    expect(await page.getByRole('button', { name: /Punkt 4:/ }).textContent()).not.toContain('Nu');
  });

  it('shows a closed point as "Lukket" with its case number, why it is closed, and nothing of its content', async () => {
    const page = await open();
    const closed = page.getByRole('button', { name: /Punkt 3: Lukket/ });
    await closed.waitFor({ timeout: 30_000 });
    expect(await closed.textContent()).toBe('Punkt 3: LukketSagsnr. 26/18811');
    await closed.click();
    const panel = page.locator('#punkt-3 [role=region], #punkt-3 .fui-AccordionPanel');
    // Only why it is closed (strings.closedWhy), nothing of the point's own content.
    expect((await panel.allTextContents()).join('').trim()).toMatch(
      /^Punktet er lukket: [^\n]+ vises derfor ikke her\.$/,
    );
  });

  it('finds a decision from an older meeting and opens it at the point', async () => {
    const page = await open();
    await page.getByRole('searchbox').fill('informationssikkerhedspolitik', { timeout: 30_000 });
    const hit = page.getByRole('link', {
      name: /torsdag 10\. marts 2022 · Punkt 2: Digitaliseringsstrategi/,
    });
    // The words found are marked in the hit, as text.
    expect(await page.locator('aside mark').first().textContent()).toMatch(
      /^informationssikkerhedspolitik$/i,
    );
    await hit.click();
    await page.getByRole('heading', { level: 1, name: 'Referat Chefforum' }).waitFor({ timeout: 30_000 });
    await page
      .getByText('En tydeligere kobling til kommunens informationssikkerhedspolitik')
      .first()
      .waitFor();
    // Opening a hit keeps the search: the box still holds it and the hits are still there.
    expect(await page.getByRole('searchbox').inputValue()).toBe('informationssikkerhedspolitik');
    await page
      .getByRole('link', { name: /Punkt 2: Digitaliseringsstrategi/ })
      .first()
      .waitFor();
  });

  it('lists the archive by year, newest first', async () => {
    const page = await open();
    const archive = page.getByRole('complementary');
    await archive.getByRole('heading', { level: 3, name: '2022' }).waitFor({ timeout: 30_000 });
    const years = await archive.getByRole('heading', { level: 3 }).allTextContents();
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort().reverse());
    const in2022 = await archive.getByRole('region', { name: '2022' }).getByRole('link').allTextContents();
    expect(in2022.every((name) => name.includes('2022'))).toBe(true);
  });

  it('links a point’s attachments to their files in the library', async () => {
    const page = await open('&meeting=2022-03-10&point=2');
    const link = page.getByRole('link', { name: 'Tidsplan for høring' });
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toBe(
      'https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/Generelt/Bilag/Tidsplan%20for%20h%C3%B8ring.pdf',
    );
  });

  it('shows markup in a document as text, and runs none of it', async () => {
    const hostile =
      'REFERAT Chefforum d. 06-06-2019\nPunkt 1: CF - <img src=x onerror="window.hacked=1"> og <script>window.hacked=1</script>\nBeslutning\n<b>fed</b> & <i>kursiv</i>';
    const upload = await fetch(
      `${env.graph.url}/v1.0/drives/${SEED.driveId}/items/folder-generelt:/referat-2019-06-06.txt:/content`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokenFor('secretary')}`, 'content-type': 'text/plain' },
        body: hostile,
      },
    );
    expect(upload.status).toBe(201);
    const page = await open('&meeting=2019-06-06&point=1');
    await page.getByText('<b>fed</b> & <i>kursiv</i>').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /Punkt 1:/ }).textContent()).toContain(
      '<img src=x onerror="window.hacked=1"> og <script>window.hacked=1</script>',
    );
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('main img, main script, main b, main i').count()).toBe(0);
  });

  it('opens the point a deep link names', async () => {
    const page = await open('&meeting=2015-04-23&point=2');
    await page
      .getByText('Afdelingerne følger op på langtidsfraværet hver måned.')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(
      await page.getByRole('button', { name: /Punkt 2: Sygefravær/ }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('shows a case’s earlier points and where it went next, and goes to them', async () => {
    const page = await open('&meeting=2023-06-15&point=9');
    await page.getByText('Sagens forløb').waitFor({ timeout: 30_000 });
    await page
      .getByRole('link', { name: '10. marts 2022, punkt 3: Klimaplan: status på kommunens egne bygninger' })
      .click();
    await page.getByText('Bekendtgørelse om energimærkning af bygninger').waitFor({ timeout: 30_000 });
    // From 2022 the case went on to the 2023 meeting's point 9.
    await page.getByRole('heading', { name: 'Senere behandlet' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('link', { name: /^15\. juni 2023, punkt 9: Klimaplan: status på energirenovering/ })
      .click();
    await page.getByRole('heading', { name: /Punkt 9: Klimaplan/ }).waitFor({ timeout: 30_000 });
  });

  it('switches to English and to the dark theme', async () => {
    const page = await open('&lang=en&theme=dark');
    await page.getByRole('heading', { level: 1, name: 'Agenda Chefforum' }).waitFor({ timeout: 30_000 });
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: path.join(screenshots, 'agenda-dark-en-1400.png'), fullPage: true });
  });

  it('lists a broken document with its problem while the rest loads', async () => {
    const upload = await fetch(
      `${env.graph.url}/v1.0/drives/${SEED.driveId}/items/folder-generelt:/referat-2024-01-11.pdf:/content`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokenFor('secretary')}`, 'content-type': 'application/pdf' },
        body: '%PDF-1.7\nbroken',
      },
    );
    expect(upload.status).toBe(201);
    const page = await open('', { firstVisit: true });
    await page
      .getByText('referat-2024-01-11.pdf kan ikke læses (filen kan være beskadiget)')
      .waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor();
  });

  it('says SharePoint is not answering on a 503, and loads when retried', async () => {
    env.graph.setFaults({ unavailableRate: 1, retryAfterSeconds: 0 });
    const page = await open('', { firstVisit: true });
    await page
      .getByText('Microsoft 365 svarer ikke lige nu. Prøv igen om lidt.')
      .waitFor({ timeout: 30_000 });
    env.graph.setFaults({});
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor({ timeout: 30_000 });
  });

  it('shows the last copy it read, saying so, when SharePoint cannot be reached, and the live one again after', async () => {
    const page = await open('', { firstVisit: true });
    await page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor({ timeout: 30_000 });
    await page.getByText(/^Læser arkivet/).waitFor({ state: 'detached', timeout: 60_000 });
    env.graph.setFaults({ unavailableRate: 1, retryAfterSeconds: 0 });
    try {
      await page.reload();
      await page
        .getByText(
          /^SharePoint kan ikke nås lige nu\. Du ser den senest hentede kopi fra den \d+\. \w+ \d{4}/,
        )
        .waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: /Punkt 2: Budgetopfølgning 2027/ }).click();
      await page.getByText('Skærpet visitation af nye sager').waitFor();
    } finally {
      env.graph.setFaults({});
    }
    await page.getByRole('button', { name: 'Prøv igen' }).first().click();
    await page.getByText(/^SharePoint kan ikke nås lige nu/).waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor();
  });

  it.each([
    ['default', 1400],
    ['dark', 1400],
    ['contrast', 320],
  ] as const)('has no serious accessibility violation in the %s theme at %i px', async (theme, width) => {
    const page = await open(`&theme=${theme}&meeting=2023-06-15&point=9`, { width });
    await page.getByText('Sagens forløb').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, `agenda-${theme}-${width}.png`), fullPage: true });
  });
});
