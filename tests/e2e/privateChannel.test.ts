// The tab in a private channel, inside the simulated Teams host, in Debian's chromium: the secretary's
// decision is kept in the private channel's own site, which only the channel's members can open, not in
// the team's site, which every member of the team reads. Where: the site of the channel's files folder
// (graph docs api-reference/v1.0/api/channel-get-filesfolder.md; its parentReference.siteId,
// resources/itemreference.md). Teams' context in a private channel has no team.groupId and names the
// owner team as channel.ownerGroupId, with channel.membershipType "Private" (msteams-docs
// tabs/how-to/access-teams-context.md). The browser keeps one outbox and one set of drafts for the
// tabs of every channel it opens: a save left waiting in the private channel is sent from there only.
import type { BrowserContext, Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { DECISION_LIST } from '../../src/graph/decisionFields';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import {
  hostPageUrl,
  type LegacyContext,
  startTeamsHost,
  type TeamsHost,
} from './support/teamsHost/teamsHost';

const site = (guid: string) => `/sites/${SEED.hostname},${guid},${guid}`;
const list = (guid: string) => `${site(guid)}/lists/${encodeURIComponent(DECISION_LIST)}`;

describeInBrowser('decisions in a private channel', () => {
  const env = tabFixture();
  let host: TeamsHost;

  beforeAll(async () => {
    host = await startTeamsHost();
  });

  afterAll(() => host?.close());

  const setFaults = (faults: Record<string, number | string>) =>
    fetch(`${env.graph.url}/_admin/faults`, { method: 'POST', body: JSON.stringify(faults) });
  afterEach(() => setFaults({}));

  /** The secretary in the private channel "Sekretariatet", taking the minutes. */
  const privateContext: LegacyContext = {
    locale: 'da-DK',
    theme: 'default',
    entityId: 'chefforum-dagsorden',
    groupId: undefined,
    teamId: SEED.privateChannel.id,
    channelId: SEED.privateChannel.id,
    channelType: 'Private',
    hostTeamGroupId: SEED.teamId,
    loginHint: SEED.users.secretary.userPrincipalName,
    userObjectId: SEED.users.secretary.id,
    tid: 'kommune-tenant',
  };

  /** A profile of the secretary taking the minutes; its IndexedDB (outbox, drafts) serves every channel's tab. */
  async function minutesProfile(): Promise<BrowserContext> {
    const context = await env.newContext({
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
      locale: 'da-DK',
    });
    await context.addInitScript(() => localStorage.setItem('chefforum-mode', 'minutes'));
    return context;
  }

  /** The tab in the private channel, inside the host, opened on a point of its referat. */
  async function openInPrivateChannel(profile: BrowserContext, point: number): Promise<Page> {
    const page = await profile.newPage();
    const tab = new URL(
      tabAddress(
        env.server.url,
        env.graph.url,
        `&hostOrigin=${encodeURIComponent(new URL(host.url).origin)}&appId=${SEED.app.externalId}&folder=Referater`,
      ),
    );
    // Inside a channel the team and channel come from Teams' context alone.
    for (const name of ['team', 'channel']) tab.searchParams.delete(name);
    const context = { ...privateContext, subEntityId: `2015-06-11#${point}` };
    await page.goto(hostPageUrl(host.url, { tab: tab.toString(), frameContext: 'content', context }));
    return page;
  }

  const editorIn = (page: Page, framed = true) =>
    (framed ? page.frameLocator('#tab') : page).getByRole('region', { name: 'Beslutning og opfølgning' });

  /** The keys of the decision list's items in a site, read as the director (a member of every channel). */
  async function keysIn(siteGuid: string): Promise<string[] | null> {
    const items = await env.graph.call('GET', `${list(siteGuid)}/items?$expand=fields`, { as: 'director' });
    if (items.status === 404) return null; // no decision list there at all
    expect(items.status).toBe(200);
    return items.body.value
      .map((item: { fields: { DecisionKey: string } }) => item.fields.DecisionKey)
      .sort();
  }

  it('saves the secretary’s decision in the private channel’s own site, not the team’s', async () => {
    const page = await openInPrivateChannel(await minutesProfile(), 2);
    const editor = editorIn(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });

    // Seen through Graph as the director, a member of the channel: the item is in the channel's site…
    expect(await keysIn(SEED.privateChannel.siteId)).toEqual(['2015-06-11#2']);
    // …the team's site, which every chief reads, has no decision list at all…
    expect(await keysIn(SEED.siteId)).toBeNull();
    // …and a chief, in the team but not in the channel, cannot read it.
    const asChief = await env.graph.call('GET', `${list(SEED.privateChannel.siteId)}/items`, {
      as: 'finance',
    });
    expect(asChief.status).toBe(403);
  });

  it('sends a save left waiting in the private channel’s tab from that tab only, never from another channel’s', async () => {
    const profile = await minutesProfile();
    const page = await openInPrivateChannel(profile, 3);
    const editor = editorIn(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    await setFaults({ unavailableRate: 1, retryAfterSeconds: 0, pathContains: SEED.privateChannel.siteId });
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText(/^Afventer – prøver igen/).waitFor({ timeout: 30_000 });
    await page.close();
    await setFaults({});

    // The same browser opens the tab of the team's standard channel: once it has read its decisions
    // (its outbox was flushed first), the team's site still holds no list, so nothing was sent there.
    const standard = await profile.newPage();
    await standard.goto(tabAddress(env.server.url, env.graph.url, '&meeting=2022-03-10&point=4'));
    await editorIn(standard, false).getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    expect(await keysIn(SEED.siteId)).toBeNull();
    await standard.close();

    // Back in the private channel, the tab sends it where it belongs.
    const again = await openInPrivateChannel(profile, 3);
    await editorIn(again).getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await keysIn(SEED.privateChannel.siteId)).toEqual(['2015-06-11#2', '2015-06-11#3']);
  });
});
