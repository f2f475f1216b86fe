// What every browser test of the tab needs, for one describe block: the built tab served over HTTP, a
// seeded Graph emulator and Debian's chromium, started before its tests and closed after them.
import type { Browser, BrowserContext } from 'playwright-core';
import type { EmulatorOptions } from '../../../dev/emulator/server';
import { startTestEmulator, type TestEmulator } from '../../../dev/emulator/testing/testEmulator';
import { launchChromium } from './browser';
import { buildApp } from './buildApp';
import { serveFolder } from './staticServer';

export interface TabFixture {
  browser: Browser;
  /**
   * A browser profile for one test, closed when the test ends: a page left open goes on reading,
   * polling and re-rendering while the next tests run.
   */
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  server: { url: string; close: () => Promise<void> };
  graph: TestEmulator;
}

/** Call inside `describeInBrowser`; the fields are set once its beforeAll has run. */
export function tabFixture(emulator: Partial<EmulatorOptions> = {}): TabFixture {
  const open: BrowserContext[] = [];
  const fixture = {
    newContext: async (options) => {
      const context = await fixture.browser.newContext(options);
      open.push(context);
      return context;
    },
  } as TabFixture;
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  beforeAll(async () => {
    [fixture.server, fixture.graph] = await Promise.all([
      buildApp().then(serveFolder),
      startTestEmulator(emulator),
    ]);
    fixture.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
    await fixture.graph?.close();
  });
  return fixture;
}
