// What every browser test of the tab needs, for one describe block: the built tab served over HTTP, a
// seeded Graph emulator and Debian's chromium, started before its tests and closed after them.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EmulatorOptions } from '../../../dev/emulator/server';
import { startTestEmulator, type TestEmulator } from '../../../dev/emulator/testing/testEmulator';
import { launchChromium } from './browser';
import { buildApp } from './buildApp';
import { serveFolder } from './staticServer';
import { tabAddress } from './tabAddress';

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** An origin of a storage state taken with `indexedDB: true` (playwright-core's types leave it out). */
type SavedOrigin = StorageState['origins'][number] & {
  indexedDB?: { name: string; stores: { name: string; records: unknown[] }[] }[];
};

export interface TabFixture {
  browser: Browser;
  /**
   * A browser profile for one test, closed when the test ends: a page left open goes on reading,
   * polling and re-rendering while the next tests run.
   */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /**
   * A browser profile, closed when the test ends, of a member who has opened the tab before: the
   * library's documents, read and parsed at that first visit, are in the tab's IndexedDB by eTag, as
   * they are in a real member's browser. Nothing else is kept (no tokens, no outbox, no remembered
   * folder). For tests whose subject is not the first reading of the library: a visit reads only
   * what changed since (a fifth less CPU a page in these tests).
   */
  returningContext(options?: ContextOptions): Promise<BrowserContext>;
  /** The storage state `returningContext` starts from, for profiles a test keeps open longer. */
  returningState(): Promise<StorageState>;
  server: { url: string; close: () => Promise<void> };
  graph: TestEmulator;
}

/** Call inside `describeInBrowser`; the fields are set once its beforeAll has run. */
export function tabFixture(emulator: Partial<EmulatorOptions> = {}): TabFixture {
  const open: BrowserContext[] = [];
  let returning: Promise<StorageState> | undefined;
  const fixture = {
    newContext: async (options) => {
      const context = await fixture.browser.newContext(options);
      open.push(context);
      return context;
    },
    returningState: () => (returning ??= firstVisit(fixture)),
    returningContext: async (options) =>
      fixture.newContext({ ...options, storageState: await fixture.returningState() }),
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

/**
 * The tab opened once, as the secretary, until its library is read (no "Læser arkivet" line) and its
 * cache has stopped growing; then the tab's meeting cache, only, as a storage state to start from.
 */
async function firstVisit(fixture: TabFixture): Promise<StorageState> {
  const context = await fixture.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(tabAddress(fixture.server.url, fixture.graph.url));
    await page
      .getByRole('complementary')
      .getByRole('heading', { level: 3 })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByText(/^Læser arkivet/).waitFor({ state: 'detached', timeout: 60_000 });
    let cached = -1;
    for (let count = await cachedMeetings(page); count !== cached; count = await cachedMeetings(page)) {
      cached = count;
      await page.waitForTimeout(200);
    }
    // A returning member whose cache is empty would be a first visit under another name.
    if (cached < 1) throw new Error('the first visit left no document in the tab’s IndexedDB cache');
    const state = await context.storageState({ indexedDB: true });
    const origins: SavedOrigin[] = (state.origins as SavedOrigin[]).map(({ origin, indexedDB = [] }) => ({
      origin,
      localStorage: [],
      indexedDB: indexedDB
        .filter((database) => database.name === 'chefforum')
        .map((database) => ({
          ...database,
          stores: database.stores.map((store) =>
            store.name === 'meetings' ? store : { ...store, records: [] },
          ),
        })),
    }));
    return { cookies: [], origins };
  } finally {
    await context.close();
  }
}

/** How many documents the tab's IndexedDB cache holds (src/ui/app/indexedDbMeetingCache.ts). */
function cachedMeetings(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('chefforum');
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('meetings')) return resolve(0);
          const counted = database.transaction('meetings').objectStore('meetings').count();
          counted.onsuccess = () => resolve(counted.result);
          counted.onerror = () => resolve(0);
        };
      }),
  );
}
