// Opfølgning and the meeting's decisions as a Danish municipality reads them, in Debian's chromium
// against the seeded emulator: the follow-up view of the seeded library lists only what someone must
// do; no ISO date and no browser-locale date field anywhere in reading mode, minutes mode or
// Opfølgning; the follow-up view at 320 px does not scroll sideways. Screenshots in test-output.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import { decisionsOf } from '../../src/domain/decisions/decision';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { getTeamSite } from '../../src/graph/files';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { seriousViolations } from './support/accessibility';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';

const screenshots = path.resolve(__dirname, '../../test-output/screenshots');
const fixtures = path.resolve(__dirname, '../fixtures/referater');
// The seeded referater (dev/emulator/seed.ts) whose decisions "Gem alle" or `referat import` stores.
const SEEDED = ['referat-2015-04-23', 'referat-2022-03-10', 'referat-2023-06-15'];
// The day after the 2023 meeting: its decisions are recent, the 2015 ones long past.
const TODAY = '2023-06-16T10:00:00';
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describeInBrowser('Opfølgning and dates as Danes write them', () => {
  const env = tabFixture();

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    const connection = createGraphClient({
      baseUrl: env.graph.url,
      token: async () => tokenFor('secretary'),
    });
    const store = graphDecisionStore(connection, async () => (await getTeamSite(connection, SEED.teamId)).id);
    for (const name of SEEDED) {
      const meeting = parseReferat(readFileSync(path.join(fixtures, `${name}.txt`), 'utf8'));
      await store.createMissing(decisionsOf(meeting, null));
    }
  });

  async function open(query: string, width: number, mode: 'minutes' | 'reading' = 'reading'): Promise<Page> {
    // A member who has opened the tab before: the library is in its cache (tabFixture.ts).
    const context = await env.returningContext({
      viewport: { width, height: 900 },
      reducedMotion: 'reduce',
      locale: 'en-US', // the browser's own date field would read mm/dd/yyyy here
    });
    await context.addInitScript((chosen) => localStorage.setItem('chefforum-mode', chosen), mode);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(TODAY)); // the tab's "today"; timers still run
    await page.goto(tabAddress(env.server.url, env.graph.url, `${query}&lang=da`));
    return page;
  }

  /** What a reader sees has no ISO date, and no input is the browser's own date field. */
  async function expectDanishDates(page: Page) {
    const text = await page.locator('body').innerText();
    expect(text.match(ISO_DATE)).toBeNull();
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const values = await page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values.filter((value) => ISO_DATE.test(value))).toEqual([]);
  }

  it('lists only what someone must do: no agenda approval, nothing noted, nothing of 2015', async () => {
    const page = await open('&view=opfolgning', 1400);
    await page
      .getByRole('status')
      .filter({ hasText: /beslutning/ })
      .waitFor({ timeout: 30_000 });
    const rows = (await page.getByRole('row').allTextContents()).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toMatch(/Godkendelse af dagsorden|punkt \d+: Evt\./);
      expect(row).not.toMatch(/tog (?:status|orienteringen|opfølgningen) til efterretning\.$/);
      expect(row).not.toContain('2015');
    }
    // A noted report that names a deadline is still listed: someone must act by then.
    expect(rows.some((row) => row.includes('Budgetforslag 2024') && row.includes('15. august 2023'))).toBe(
      true,
    );
    // The decision whole, not cut at its first line; a missing owner said in words.
    expect(rows.some((row) => row.includes('Ingen ansvarlig'))).toBe(true);
    expect(rows.some((row) => row.includes('– –'))).toBe(false);
    expect(await page.getByText(/vises ikke: de krævede intet efter mødet/).count()).toBe(1);
    await expectDanishDates(page);
    await page.getByLabel('Forfalder senest').fill('01.09.2023');
    await page.getByLabel('Forfalder senest').press('Enter');
    expect(await page.getByLabel('Forfalder senest').inputValue()).toBe('01.09.2023');
    await page.screenshot({ path: path.join(screenshots, 'follow-up-1400.png'), fullPage: true });
  });

  // axe on the follow-up view in both modes (the meeting view's are below): nothing serious or critical,
  // aria-hidden-focus included (a day field once put Tabster's focusable aria-hidden bumpers on the page).
  it.each(['reading', 'minutes'] as const)(
    'the follow-up view in %s mode: axe finds nothing serious',
    async (mode) => {
      const page = await open('&view=opfolgning', 1400, mode);
      await page
        .getByRole('status')
        .filter({ hasText: /beslutning/ })
        .waitFor({ timeout: 30_000 });
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  it('does not scroll sideways at 320 px', async () => {
    const page = await open('&view=opfolgning', 320);
    await page
      .getByRole('status')
      .filter({ hasText: /beslutning/ })
      .waitFor({ timeout: 30_000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshots, 'follow-up-320.png'), fullPage: true });
  });

  it.each(['reading', 'minutes'] as const)(
    '%s mode shows no ISO date and no browser date field, and axe finds nothing serious',
    async (mode) => {
      const page = await open('&meeting=2023-06-15&point=2', 1400, mode);
      const decided = page.locator('#punkt-2').getByText(/15\. august 2023|15\.08\.2023/);
      if (mode === 'minutes') {
        const deadline = page.getByRole('region', { name: 'Beslutning og opfølgning' }).getByLabel('Frist');
        await deadline.waitFor({ timeout: 30_000 });
        expect(await deadline.inputValue()).toBe('15.08.2023');
      } else await decided.first().waitFor({ timeout: 30_000 });
      await expectDanishDates(page);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
