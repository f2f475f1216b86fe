// The tab in a private channel, inside the simulated Teams host, in Debian's chromium: the secretary's
// decision is kept in the private channel's own site, which only the channel's members can open, not in
// the team's site, which every member of the team reads. Where: the site of the channel's files folder
// (graph docs api-reference/v1.0/api/channel-get-filesfolder.md; its parentReference.siteId,
// resources/itemreference.md). Teams' context in a private channel has no team.groupId and names the
// owner team as channel.ownerGroupId, with channel.membershipType "Private" (msteams-docs
// tabs/how-to/access-teams-context.md).
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

  /** The secretary in the private channel "Sekretariatet", on point 2 of its referat, taking the minutes. */
  const privateContext: LegacyContext = {
    locale: 'da-DK',
    theme: 'default',
    entityId: 'chefforum-dagsorden',
    subEntityId: '2015-06-11#2',
    groupId: undefined,
    teamId: SEED.privateChannel.id,
    channelId: SEED.privateChannel.id,
    channelType: 'Private',
    hostTeamGroupId: SEED.teamId,
    loginHint: SEED.users.secretary.userPrincipalName,
    userObjectId: SEED.users.secretary.id,
    tid: 'kommune-tenant',
  };

  it('saves the secretary’s decision in the private channel’s own site, not the team’s', async () => {
    const context = await env.newContext({
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
      locale: 'da-DK',
    });
    await context.addInitScript(() => localStorage.setItem('chefforum-mode', 'minutes'));
    const page = await context.newPage();
    const tab = new URL(
      tabAddress(
        env.server.url,
        env.graph.url,
        `&hostOrigin=${encodeURIComponent(new URL(host.url).origin)}&appId=${SEED.app.externalId}&folder=Referater`,
      ),
    );
    // Inside a channel the team and channel come from Teams' context alone.
    for (const name of ['team', 'channel']) tab.searchParams.delete(name);
    await page.goto(
      hostPageUrl(host.url, { tab: tab.toString(), frameContext: 'content', context: privateContext }),
    );
    const editor = page.frameLocator('#tab').getByRole('region', { name: 'Beslutning og opfølgning' });
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });

    // Seen through Graph as the director, a member of the channel: the item is in the channel's site…
    const items = await env.graph.call('GET', `${list(SEED.privateChannel.siteId)}/items?$expand=fields`, {
      as: 'director',
    });
    expect(items.status).toBe(200);
    expect(
      items.body.value.map((item: { fields: { DecisionKey: string } }) => item.fields.DecisionKey),
    ).toEqual(['2015-06-11#2']);
    // …the team's site, which every chief reads, has no decision list at all…
    const teamList = await env.graph.call('GET', list(SEED.siteId), { as: 'director' });
    expect(teamList.status).toBe(404);
    // …and a chief, in the team but not in the channel, cannot read it.
    const asChief = await env.graph.call('GET', `${list(SEED.privateChannel.siteId)}/items`, {
      as: 'finance',
    });
    expect(asChief.status).toBe(403);
  });
});
