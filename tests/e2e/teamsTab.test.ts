// The tab inside a simulated Teams host (tests/e2e/support/teamsHost: a page that frames the tab and
// answers teams-js as Teams does), against a seeded Graph emulator, in Debian's chromium: the
// configuration page, a deep link's sub-page, a theme change, the 320 px side panel; and, from the tab,
// a comment on a point, "Kopiér link til punkt" and pinning the referat.
import type { FrameLocator, Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';

import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import {
  type FrameContext,
  hostPageUrl,
  type LegacyContext,
  startTeamsHost,
  type TeamsHost,
  type TeamsHostApi,
} from './support/teamsHost/teamsHost';

declare const teamsHost: TeamsHostApi;

const APP_ID = '6f1c9f3e-0000-4000-8000-00000000c0de';

describeInBrowser('the tab inside Teams', () => {
  const env = tabFixture();
  let host: TeamsHost;

  beforeAll(async () => {
    host = await startTeamsHost();
  });

  afterAll(() => host?.close());

  const channelContext: LegacyContext = {
    locale: 'da-DK',
    theme: 'default',
    entityId: 'chefforum-dagsorden',
    groupId: SEED.teamId,
    teamId: '19:team@thread.tacv2',
    channelId: SEED.channelId,
    loginHint: SEED.users.secretary.userPrincipalName,
    tid: 'kommune-tenant',
    userTeamRole: 0, // the secretary owns the team: the tab opens in minutes mode (UserTeamRole.Admin)
  };

  async function openInHost(
    frameContext: FrameContext,
    options: { context?: LegacyContext; width?: number; query?: string } = {},
  ): Promise<{ page: Page; tab: FrameLocator }> {
    const context = await env.browser.newContext({
      viewport: { width: 1200, height: 900 },
      reducedMotion: 'reduce',
    });
    // teams-js asks a CDN for Teams' origins; nothing outside this machine is reachable, so say so at once.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    for (const origin of [env.server.url, host.url])
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(origin).origin,
      });
    const page = await context.newPage();
    const hostOrigin = new URL(host.url).origin;
    const tab = tabAddress(
      env.server.url,
      env.graph.url,
      `&hostOrigin=${encodeURIComponent(hostOrigin)}&appId=${APP_ID}${options.query ?? ''}`,
    );
    await page.goto(
      hostPageUrl(host.url, {
        tab,
        frameContext,
        context: options.context ?? channelContext,
        width: options.width,
      }),
    );
    return { page, tab: page.frameLocator('#tab') };
  }

  it('saves a valid configuration from the config page, with a stable entityId', async () => {
    const { page, tab } = await openInHost('settings');
    await tab.getByRole('heading', { name: 'Opsæt Chefforum-fanen' }).waitFor({ timeout: 30_000 });
    await tab.getByText('Klar. Tryk Gem i Teams.').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => teamsHost.validity())).toBe(true);

    await tab.getByLabel('Mappe med dagsordener og referater').fill('Findes ikke');
    await tab.getByText('Mappen "Findes ikke" findes ikke i kanalens filer.').waitFor();
    expect(await page.evaluate(() => teamsHost.validity())).toBe(false);

    await tab.getByLabel('Mappe med dagsordener og referater').fill('');
    await tab.getByLabel('Navn på beslutningslisten').fill('Chefforum beslutninger 2027');
    await tab.getByText('Klar. Tryk Gem i Teams.').waitFor();
    const saved = await page.evaluate(() => teamsHost.save());
    expect(saved).toMatchObject({ entityId: 'chefforum-dagsorden', suggestedDisplayName: 'Chefforum' });
    const contentUrl = new URL(String(saved!.contentUrl));
    expect(contentUrl.origin).toBe(new URL(env.server.url).origin);
    expect(contentUrl.searchParams.get('list')).toBe('Chefforum beslutninger 2027');
    expect(saved!.websiteUrl).toBe(saved!.contentUrl);
  });

  it('opens the channel tab on the point a deep link names (the sub-page id)', async () => {
    const { tab } = await openInHost('content', {
      context: { ...channelContext, subEntityId: '2022-03-10#2' },
    });
    const point = tab.getByRole('button', { name: /Punkt 2: Digitaliseringsstrategi/ });
    await point.waitFor({ timeout: 30_000 });
    expect(await point.getAttribute('aria-expanded')).toBe('true');
    await tab.getByRole('heading', { level: 1, name: 'Referat Chefforum' }).waitFor();
  });

  it('re-themes when the host changes theme, and follows the host locale', async () => {
    const { page, tab } = await openInHost('content', { context: { ...channelContext, locale: 'en-GB' } });
    await tab.getByRole('heading', { level: 1, name: 'Agenda Chefforum' }).waitFor({ timeout: 30_000 });
    const provider = tab.locator('.fui-FluentProvider').first();
    expect(await provider.getAttribute('data-theme')).toBe('default');
    const light = await provider.evaluate((node) => getComputedStyle(node).backgroundColor);
    await page.evaluate(() => teamsHost.setTheme('dark'));
    await tab.locator('.fui-FluentProvider[data-theme="dark"]').first().waitFor();
    expect(await provider.evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe(light);
  });

  it('gives the meeting side panel its compact layout at 320 px, without sideways scrolling', async () => {
    const meeting = { ...channelContext, channelId: undefined, chatId: SEED.chatId, meetingId: 'meeting-1' };
    const { tab } = await openInHost('sidePanel', { context: meeting, width: 320 });
    await tab.locator('article[data-layout="compact"]').waitFor({ timeout: 30_000 });
    await tab.getByRole('button', { name: /Punkt 2: Budgetopfølgning 2027/ }).click();
    await tab.getByRole('region', { name: 'Beslutning og opfølgning' }).waitFor();
    // What is visible past the panel's edge: an element's right edge, clipped by any ancestor that
    // hides its overflow (Fluent keeps an empty search box's clear button in a zero-size clip).
    const wide = await tab.locator('body').evaluate((body) =>
      [...body.querySelectorAll('*')]
        .filter((node) => node.checkVisibility({ visibilityProperty: true }))
        .filter((node) => {
          let right = node.getBoundingClientRect().right;
          let height = node.getBoundingClientRect().height;
          for (let up = node.parentElement; up && up !== body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX === 'visible') continue;
            right = Math.min(right, up.getBoundingClientRect().right);
            height = Math.min(height, up.getBoundingClientRect().height);
          }
          return height > 0 && right > body.clientWidth + 1;
        })
        .map((node) => node.tagName),
    );
    expect(wide).toEqual([]); // nothing reaches past the panel's edge
    const overflow = await tab.locator('body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('posts a comment on a point as an escaped reply in the point’s channel thread', async () => {
    const { tab } = await openInHost('content', {
      context: { ...channelContext, subEntityId: '2022-03-10#3' },
    });
    const discussion = tab.getByRole('region', { name: 'Drøftelse' });
    await discussion.getByText('Ingen kommentarer endnu.').waitFor({ timeout: 30_000 });
    await discussion.getByLabel('Din kommentar').fill('Enig <b>fed</b> & "citat"');
    await discussion.getByRole('button', { name: 'Kommentér' }).click();
    await discussion.getByText('1 kommentar').waitFor({ timeout: 30_000 });
    await discussion.getByText('Enig <b>fed</b> & "citat"').waitFor();
    const threads = await env.graph.call(
      'GET',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/messages`,
    );
    const roots = (threads.body as { value: { id: string; subject: string }[] }).value.filter((root) =>
      root.subject.startsWith('Punkt 3:'),
    );
    expect(roots).toHaveLength(1);
    const replies = await env.graph.call(
      'GET',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/messages/${roots[0]!.id}/replies`,
    );
    expect(
      (replies.body as { value: { body: { content: string } }[] }).value.map((reply) => reply.body.content),
    ).toEqual(['<p>Enig &lt;b&gt;fed&lt;/b&gt; &amp; &quot;citat&quot;</p>']);
  });

  it('copies a Teams deep link to the point', async () => {
    const { page, tab } = await openInHost('content', {
      context: { ...channelContext, subEntityId: '2022-03-10#2' },
    });
    await tab.getByRole('button', { name: 'Kopiér link til punkt' }).first().click({ timeout: 30_000 });
    await tab.getByText('Linket er kopieret.').waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin + copied.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${APP_ID}/chefforum-dagsorden`,
    );
    expect(JSON.parse(copied.searchParams.get('context')!)).toEqual({
      subEntityId: '2022-03-10#2',
      channelId: SEED.channelId,
    });
  });

  it('pins the referat to the channel once, however often it is asked', async () => {
    const { tab } = await openInHost('content', {
      context: { ...channelContext, subEntityId: '2022-03-10' },
    });
    const pin = tab.getByRole('button', { name: 'Fastgør referat i kanalen' });
    await pin.click({ timeout: 30_000 });
    await tab.getByText('Referatet er fastgjort som «Referat 10. marts 2022».').waitFor({ timeout: 30_000 });
    await pin.click();
    await tab
      .getByText('Referatet er allerede fastgjort som «Referat 10. marts 2022».')
      .waitFor({ timeout: 30_000 });
    const tabs = await env.graph.call(
      'GET',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs`,
    );
    const names = (tabs.body as { value: { displayName: string }[] }).value.map((each) => each.displayName);
    expect(names.filter((name) => name === 'Referat 10. marts 2022')).toHaveLength(1);
  });
});
