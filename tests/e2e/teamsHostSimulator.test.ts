// The simulated Teams host against the real @microsoft/teams-js: a tiny tab on another origin
// initializes, reads its context, follows theme changes, saves its configuration and shares links.
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { describeInBrowser, launchChromium } from './support/browser';
import {
  type FrameContext,
  hostPageUrl,
  type TeamsHostApi,
  type LegacyContext,
  startTeamsHost,
  type TeamsHost,
} from './support/teamsHost/teamsHost';

/** window.teamsHost on the host page, inside page.evaluate callbacks. */
declare const teamsHost: TeamsHostApi;

const CONTEXT: LegacyContext = {
  locale: 'da-DK',
  theme: 'default',
  entityId: 'forum-agenda',
  subEntityId: 'meeting-2024-05-02',
  groupId: '11111111-2222-3333-4444-555555555555',
  teamId: '19:team@thread.tacv2',
  channelId: '19:channel@thread.tacv2',
  userObjectId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  loginHint: 'chef@example.org',
  tid: 'ffffffff-0000-1111-2222-333333333333',
};

describeInBrowser('simulated Teams host', () => {
  let browser: Browser;
  let host: TeamsHost;
  let context: BrowserContext;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startTeamsHost(), launchChromium()]);
  }, 60_000);

  beforeEach(async () => {
    // Hermetic: teams-js prefetches a valid-origins list from a CDN; the browser resolves no host but
    // 127.0.0.1 and localhost (launchChromium).
    context = await browser.newContext();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  /** Opens the host page framing the test tab, served from localhost so the tab is cross-origin to the host. */
  async function open(
    frameContext: FrameContext,
    extra: Record<string, string> = {},
  ): Promise<{ page: Page; tab: FrameLocator }> {
    const hostOrigin = new URL(host.url).origin;
    const tabUrl = new URL('/test-tab.html', host.url.replace('127.0.0.1', 'localhost'));
    tabUrl.search = new URLSearchParams({ hostOrigin, ...extra }).toString();
    const page = await context.newPage();
    await page.goto(
      hostPageUrl(host.url, { tab: tabUrl.toString(), context: CONTEXT, frameContext, width: 800 }),
    );
    const tab = page.frameLocator('#tab');
    await expectText(tab, 'status', 'ready');
    return { page, tab };
  }

  async function expectText(tab: FrameLocator, id: string, text: string): Promise<void> {
    await tab
      .locator(`#${id}`)
      .filter({ hasText: new RegExp(`^${text}$`) })
      .waitFor({ timeout: 10_000 });
  }

  it('initializes teams-js and answers getContext with the legacy context fields', async () => {
    const { page, tab } = await open('content');
    const shown = await tab
      .locator('dd')
      .evaluateAll((cells) => Object.fromEntries(cells.map((cell) => [cell.id, cell.textContent])));
    expect(shown).toMatchObject({
      locale: 'da-DK',
      theme: 'default',
      subPageId: 'meeting-2024-05-02',
      frameContext: 'content',
      groupId: CONTEXT.groupId,
      channelId: CONTEXT.channelId,
      userId: CONTEXT.userObjectId,
      tenantId: CONTEXT.tid,
      supported: 'pages=true config=true',
      notifySuccess: 'true',
    });
    const messages = await page.evaluate(() => teamsHost.messages());
    expect(messages.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(messages).toEqual(expect.arrayContaining(['registerHandler', 'appInitialization.success']));
    expect(await page.evaluate(() => teamsHost.handlers())).toContain('themeChange');
    expect(await page.evaluate(() => teamsHost.unhandled())).toEqual([]);
    // width is honoured
    expect(await page.locator('#tab').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(800);
  });

  it('delivers setTheme to the registered theme handler', async () => {
    const { page, tab } = await open('content');
    await page.evaluate(() => teamsHost.setTheme('dark'));
    await expectText(tab, 'theme', 'dark');
  });

  it('save() returns the config the settings page passed to setConfig', async () => {
    const { page } = await open('settings');
    expect(await page.evaluate(() => teamsHost.validity())).toBe(true);
    expect(await page.evaluate(() => teamsHost.handlers())).toEqual(
      expect.arrayContaining(['save', 'remove']),
    );
    const saved = await page.evaluate(() => teamsHost.save());
    expect(saved).toEqual({
      entityId: 'forum-agenda',
      contentUrl: expect.stringMatching(/^http:\/\/localhost:\d+\/test-tab\.html\?view=agenda$/),
      suggestedDisplayName: 'Dagsorden',
    });
    expect(await page.evaluate(() => teamsHost.savedConfig())).toEqual(saved);
    expect(await page.evaluate(() => teamsHost.messages())).toEqual(
      expect.arrayContaining(['settings.setSettings', 'settings.save.success']),
    );
  });

  it('save() rejects with the reason the tab gives to notifyFailure', async () => {
    const { page } = await open('settings', { failSave: 'mangler navn' });
    await expect(page.evaluate(() => teamsHost.save())).rejects.toThrow('mangler navn');
    expect(await page.evaluate(() => teamsHost.savedConfig())).toBeUndefined();
  });

  it('remove() reaches the remove handler', async () => {
    const { page, tab } = await open('remove');
    await page.evaluate(() => teamsHost.remove());
    await expectText(tab, 'removed', 'yes');
    expect(await page.evaluate(() => teamsHost.messages())).toContain('settings.remove.success');
  });

  it('records shareDeepLink and openLink', async () => {
    const { page, tab } = await open('content');
    await tab.locator('#share').click();
    await tab.locator('#open').click();
    await expectText(tab, 'linkResult', 'opened');
    expect(await page.evaluate(() => teamsHost.deepLinks())).toEqual([
      {
        subPageId: 'meeting-2024-05-02',
        subPageLabel: 'Møde 2. maj',
        subPageWebUrl: 'https://example.org/meeting/2024-05-02',
      },
    ]);
    expect(await page.evaluate(() => teamsHost.openedLinks())).toEqual([
      'https://teams.microsoft.com/l/chat/0/0?users=someone@example.org',
    ]);
  });
});
