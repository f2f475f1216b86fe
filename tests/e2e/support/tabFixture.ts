// What every browser test of the tab needs, for one describe block: the built tab served over HTTP, a
// seeded Graph emulator and Debian's chromium, started before its tests and closed after them.
import type { Browser } from 'playwright-core';
import type { EmulatorOptions } from '../../../dev/emulator/server';
import { startTestEmulator, type TestEmulator } from '../../../dev/emulator/testing/testEmulator';
import { launchChromium } from './browser';
import { buildApp } from './buildApp';
import { serveFolder } from './staticServer';

export interface TabFixture {
  browser: Browser;
  server: { url: string; close: () => Promise<void> };
  graph: TestEmulator;
}

/** Call inside `describeInBrowser`; the fields are set once its beforeAll has run. */
export function tabFixture(emulator: Partial<EmulatorOptions> = {}): TabFixture {
  const fixture = {} as TabFixture;
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
