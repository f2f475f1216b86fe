// The tab inside a simulated Teams host (tests/e2e/support/teamsHost: a page that frames the tab and
// answers teams-js as Teams does), against a seeded Graph emulator, in Debian's chromium: the
// configuration page, a deep link's sub-page, a theme change, the 320 px side panel; and, from the tab,
// a comment on a point, "Kopiér link til punkt" and pinning the referat. The host plays a standard, a
// private and a shared channel, a meeting, a host with and one without nested app auth, and an iframe
// without clipboard permission, as Teams frames tabs.
import type { FrameLocator, Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import { PREFETCH_SCOPES } from '../../manifest/buildManifest';

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

const APP_ID = SEED.app.externalId; // the manifest id, as the build knows it (CHEFFORUM_APP_ID)
const CLIENT_ID = '5f1d2c3b-4a59-4e6f-8071-92a3b4c5d6e7';

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
    channelType: 'Regular',
    hostTeamGroupId: SEED.teamId,
    loginHint: SEED.users.secretary.userPrincipalName,
    userObjectId: SEED.users.secretary.id,
    tid: 'kommune-tenant',
    userTeamRole: 0, // the secretary owns the team: the tab opens in minutes mode (UserTeamRole.Admin)
  };
  // msteams-docs tabs/how-to/access-teams-context.md: in a private channel team.groupId is undefined and
  // team.internalId is the channel's thread; in a shared one groupId is null, teamId is the team the
  // user reached it from, and hostTeamGroupId names the team that owns it (shared-channels.md).
  const privateContext: LegacyContext = {
    ...channelContext,
    groupId: undefined,
    teamId: SEED.privateChannel.id,
    channelId: SEED.privateChannel.id,
    channelType: 'Private',
  };
  const sharedContext: LegacyContext = {
    ...channelContext,
    groupId: null,
    teamId: '19:another-team@thread.tacv2',
    channelId: SEED.sharedChannel.id,
    channelType: 'Shared',
    hostTeamTenantId: 'kommune-tenant',
  };

  async function openInHost(
    frameContext: FrameContext,
    options: {
      context?: LegacyContext;
      width?: number;
      query?: string;
      /** Where Teams gives no team (a meeting), the build's CHEFFORUM_TEAM_ID/CHANNEL_ID stand in. */
      teamInAddress?: boolean;
      /** Sign in through MSAL (the app registration) instead of the emulator's development sign-in. */
      msal?: boolean;
      naaToken?: string;
      hostClipboard?: boolean;
      /** Called before the host page is opened (to intercept requests). */
      beforeOpen?: (page: Page) => Promise<unknown>;
    } = {},
  ): Promise<{ page: Page; tab: FrameLocator }> {
    // A member who has opened the tab before: the library is in its cache (tabFixture.ts).
    const context = await env.returningContext({
      viewport: { width: 1200, height: 900 },
      reducedMotion: 'reduce',
    });
    for (const origin of [env.server.url, host.url])
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(origin).origin,
      });
    const page = await context.newPage();
    await options.beforeOpen?.(page);
    const hostOrigin = new URL(host.url).origin;
    const tab = new URL(
      tabAddress(
        env.server.url,
        env.graph.url,
        `&hostOrigin=${encodeURIComponent(hostOrigin)}&appId=${APP_ID}${options.query ?? ''}`,
      ),
    );
    // Inside a channel the team and channel come from Teams' context alone.
    if (!options.teamInAddress) ['team', 'channel'].forEach((name) => tab.searchParams.delete(name));
    if (options.msal) {
      tab.searchParams.delete('devUser');
      tab.searchParams.set('clientId', CLIENT_ID);
    }
    await page.goto(
      hostPageUrl(host.url, {
        tab: tab.toString(),
        frameContext,
        context: options.context ?? channelContext,
        width: options.width,
        naaToken: options.naaToken,
        hostClipboard: options.hostClipboard,
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
    // msteams-docs tabs/how-to/create-tab-pages/configuration-page.md: setConfig's removeUrl is the page
    // Teams shows when the tab is removed; the app has one.
    const removeUrl = new URL(String(saved!.removeUrl));
    expect(removeUrl.origin).toBe(contentUrl.origin);
    expect(removeUrl.searchParams.get('view')).toBe('remove');
  });

  it('says the tab could not start, not a blank frame, when teams-js cannot be fetched', async () => {
    // The tab's own script arrives; teams-js, fetched after it (src/teams/connectTeams.ts), does not.
    const tabOrigin = new URL(env.server.url).origin;
    const { tab } = await openInHost('content', {
      beforeOpen: (page) =>
        page.route(
          (url) => url.origin === tabOrigin && /\.m?js$/.test(url.pathname) && !/\/app\./.test(url.pathname),
          (route) => route.abort('internetdisconnected'),
        ),
    });
    // Without Teams' context there is no Teams locale: the browser's language (here English) decides.
    await tab
      .getByText('This part of the Chefforum tab could not be shown. Check the connection and try again.')
      .waitFor({ timeout: 30_000 });
    await tab.getByRole('button', { name: 'Try again' }).waitFor();
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
    // A meeting's context names its chat and meeting, and no team or channel.
    const meeting: LegacyContext = {
      ...channelContext,
      groupId: undefined,
      teamId: undefined,
      channelId: undefined,
      channelType: undefined,
      hostTeamGroupId: undefined,
      chatId: SEED.chatId,
      meetingId: 'meeting-1',
    };
    const { tab } = await openInHost('sidePanel', { context: meeting, width: 320, teamInAddress: true });
    await tab.locator('article[data-layout="compact"]').waitFor({ timeout: 30_000 });
    // A meeting names no team role, so the tab opens for reading; the secretary switches to the minutes.
    await tab.getByRole('switch', { name: 'Skriv referat' }).check();
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

  // Teams frames the tab without clipboard-write, so navigator.clipboard fails there (teams-js issues
  // #738, #1402): the link goes through teams-js clipboard.write (clipboard capability) or, where the
  // host lacks it, pages.shareDeepLink (msteams-docs concepts/build-and-test/deep-link-application.md,
  // "Share deep link for a tab").
  it('copies a Teams deep link to the point through teams-js, in an iframe without clipboard permission', async () => {
    const { page, tab } = await openInHost('content', {
      context: { ...channelContext, subEntityId: '2022-03-10#2' },
    });
    await tab.getByRole('button', { name: 'Kopiér link til punkt' }).first().click({ timeout: 30_000 });
    await tab.getByText('Linket er kopieret.').waitFor();
    const writes = await page.evaluate(() => teamsHost.clipboardWrites());
    expect(writes.map((write) => write.mimeType)).toEqual(['text/plain']);
    const copied = new URL(writes[0]!.text);
    expect(copied.origin + copied.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${APP_ID}/chefforum-dagsorden`,
    );
    expect(JSON.parse(copied.searchParams.get('context')!)).toEqual({
      subEntityId: '2022-03-10#2',
      channelId: SEED.channelId,
    });
  });

  it('shares the point through Teams’ own dialog where the host has no clipboard capability', async () => {
    const { page, tab } = await openInHost('content', {
      context: { ...channelContext, subEntityId: '2022-03-10#2' },
      hostClipboard: false,
    });
    await tab.getByRole('button', { name: 'Kopiér link til punkt' }).first().click({ timeout: 30_000 });
    await page.waitForFunction(() => teamsHost.deepLinks().length === 1, undefined, { timeout: 10_000 });
    const [shared] = await page.evaluate(() => teamsHost.deepLinks());
    expect(shared).toMatchObject({
      subPageId: '2022-03-10#2',
      subPageLabel: 'Punkt 2: Digitaliseringsstrategi 2022-2025',
    });
    expect(await tab.getByText(/Linket kunne ikke kopieres/).count()).toBe(0);
  });

  it.each([
    ['a private channel', privateContext, '&folder=Referater', 'torsdag 11. juni 2015 kl. 09:30'],
    ['a shared channel', sharedContext, '', 'torsdag 23. maj 2019 kl. 09:00'],
  ])(
    'reads %s’s referater from its own site, through its owner team',
    async (_kind, context, query, when) => {
      const { tab } = await openInHost('content', { context, query });
      await tab.getByRole('heading', { level: 1, name: 'Referat Chefforum' }).waitFor({ timeout: 30_000 });
      await tab.getByText(when, { exact: false }).first().waitFor();
    },
  );

  it('pins a referat from a subfolder as a tab that opens on it, keeping the folder and list', async () => {
    const query = '&folder=Referater&list=Sekretariatets%20beslutninger';
    const { tab } = await openInHost('content', {
      context: { ...privateContext, subEntityId: '2015-06-11' },
      query,
    });
    await tab.getByRole('button', { name: 'Fastgør referat i kanalen' }).click({ timeout: 30_000 });
    await tab.getByText('Referatet er fastgjort som «Referat 11. juni 2015».').waitFor({ timeout: 30_000 });
    const tabs = await env.graph.call(
      'GET',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.privateChannel.id)}/tabs`,
    );
    const pinned = (
      tabs.body as { value: { displayName: string; configuration: Record<string, string> }[] }
    ).value.find((each) => each.displayName === 'Referat 11. juni 2015')!;
    const contentUrl = new URL(pinned.configuration.contentUrl!);
    expect(contentUrl.searchParams.get('folder')).toBe('Referater');
    expect(contentUrl.searchParams.get('list')).toBe('Sekretariatets beslutninger');
    expect(contentUrl.searchParams.get('meeting')).toBe('2015-06-11');
    // The pinned tab as Teams opens it: its contentUrl, its entityId.
    const opened = await (await env.newContext()).newPage();
    await opened.goto(
      hostPageUrl(host.url, {
        tab: contentUrl.toString(),
        frameContext: 'content',
        context: { ...privateContext, entityId: pinned.configuration.entityId },
      }),
    );
    const pinnedTab = opened.frameLocator('#tab');
    await pinnedTab
      .getByRole('heading', { level: 1, name: 'Referat Chefforum' })
      .waitFor({ timeout: 30_000 });
    await pinnedTab.getByText('torsdag 11. juni 2015 kl. 09:30', { exact: false }).first().waitFor();
  });

  // msteams-docs deep-link-application.md ("App ID for different types of apps"): an uploaded app is
  // known by its manifest id, an org-catalog app by its catalog id; graph team-list-installedapps.md
  // (example 3) finds the installation by teamsApp/externalId, the manifest id, for both.
  it.each([
    ['uploaded (sideloaded)', SEED.app.externalId],
    ['from the org catalog', SEED.app.catalogId],
  ])('pins its own tab and links with Teams’ app id when the app is %s', async (_how, teamsAppId) => {
    const { page, tab } = await openInHost('content', {
      context: { ...sharedContext, appId: teamsAppId, subEntityId: '2019-05-23#1' },
    });
    await tab.getByRole('button', { name: 'Fastgør referat i kanalen' }).click({ timeout: 30_000 });
    await tab
      .getByText(/Referatet er (allerede )?fastgjort som «Referat 23\. maj 2019»\./)
      .waitFor({ timeout: 30_000 });
    await tab.getByRole('button', { name: 'Kopiér link til punkt' }).first().click();
    await tab.getByText('Linket er kopieret.').waitFor();
    const [write] = await page.evaluate(() => teamsHost.clipboardWrites());
    expect(new URL(write!.text).pathname).toBe(`/l/entity/${teamsAppId}/chefforum-dagsorden`);
  });

  it('signs in through nested app auth where Teams recommends it, first asking for the manifest’s prefetch scopes', async () => {
    const { page, tab } = await openInHost('content', { msal: true, naaToken: tokenFor('secretary') });
    await tab.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' }).waitFor({ timeout: 30_000 });
    const requests = await page.evaluate(() => teamsHost.naaRequests());
    // schema root-web-application-info-nested-app-auth-info: "Order must match that of the proceeding
    // NAA request in the app."
    expect(requests[0]!.scope).toBe(PREFETCH_SCOPES.join(' '));
    expect(await page.evaluate(() => teamsHost.authWindows())).toEqual([]);
  });

  // msteams-docs concepts/authentication/auth-flow-tab.md: Teams blocks a popup of the tab's own; the
  // tab asks for a click, then calls authentication.authenticate and Teams opens the app's auth page
  // (the round trip itself is covered in src/auth/teamsAuthTokenProvider.test.ts: teams-js sends only
  // https URLs to authenticate, and these tests serve the tab over http).
  it('opens no popup of its own where Teams does not recommend nested app auth, and asks for a click', async () => {
    const { page, tab } = await openInHost('content', { msal: true });
    await tab.getByRole('button', { name: 'Log ind' }).waitFor({ timeout: 30_000 });
    expect(page.context().pages()).toHaveLength(1);
    expect(await page.evaluate(() => teamsHost.naaRequests())).toEqual([]);
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
