// Where a channel's lists are kept, against the emulator: in the site of the channel's own files folder.
// GET /teams/{id}/channels/{id}/filesFolder returns a driveItem (graph docs api-reference/v1.0/api/
// channel-get-filesfolder.md) whose parentReference.siteId is "the ID of the site that contains the parent
// document library … the same as the id property of that site resource" (resources/itemreference.md). A
// standard channel's folder is in its team's site; a private or shared channel has a site of its own
// (msteams-docs concepts/build-and-test/shared-channels.md), which only that channel's members can open:
// anyone else gets SharePoint's 403 accessDenied (graph docs concepts/errors.md).
import { SEED } from '../../dev/emulator/seed';
import { recordedDecision } from '../../src/domain/testing/decisionBuilders';
import { notStarted } from '../../src/domain/meetingProgress/meetingProgress';
import { channelSite, channelSiteId } from '../../src/graph/channelSite';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { graphMeetingProgressStore } from '../../src/graph/graphMeetingProgressStore';
import { emulatorFixture } from './graphTarget';

/** Tokens with only the scopes each request asks for, as the tab's. */
const emulator = emulatorFixture({ leastScopes: true });
const { connect } = emulator;

const siteIdOf = (guid: string) => `${SEED.hostname},${guid},${guid}`;
const TEAM_SITE = siteIdOf(SEED.siteId);
const PRIVATE_SITE = siteIdOf(SEED.privateChannel.siteId);
const SHARED_SITE = siteIdOf(SEED.sharedChannel.siteId);
const channel = (channelId: string) => ({ teamId: SEED.teamId, channelId });

/** The sites (of the team and its two channels) that hold a list of that name. */
async function sitesHolding(listName: string): Promise<string[]> {
  const holding: string[] = [];
  for (const site of [TEAM_SITE, PRIVATE_SITE, SHARED_SITE]) {
    const lists = await emulator.graph.call('GET', `/sites/${site}/lists`);
    expect(lists.status).toBe(200);
    const names = (lists.body.value as { displayName: string }[]).map((list) => list.displayName);
    if (names.includes(listName)) holding.push(site);
  }
  return holding;
}

let lists = 0;

it.each([
  ['a standard channel', SEED.channelId, TEAM_SITE],
  ['a private channel', SEED.privateChannel.id, PRIVATE_SITE],
  ['a shared channel', SEED.sharedChannel.id, SHARED_SITE],
])('keeps the decision and meeting-state lists of %s in its files folder’s site', async (_kind, id, site) => {
  const where = channelSite(connect(), channel(id));
  expect(await where()).toBe(site);
  const decisions = `Beslutninger ${++lists}`;
  const progress = `Mødeforløb ${lists}`;
  await graphDecisionStore(connect(), where, decisions).create(recordedDecision('2027-01-14', 2));
  await graphMeetingProgressStore(connect(), where, progress).write(notStarted('2027-01-14'), null);
  expect(await sitesHolding(decisions)).toEqual([site]);
  expect(await sitesHolding(progress)).toEqual([site]);
  // Read back by the director, a member of every one of them, through the same resolution.
  const read = await graphDecisionStore(
    connect('director'),
    channelSite(connect('director'), channel(id)),
    decisions,
  ).get('2027-01-14#2');
  expect(read?.decision.decision).toBe('Chefforum godkendte planen.');
});

it('keeps a private channel’s decisions from a team member who is not in the channel', async () => {
  const where = channelSite(connect(), channel(SEED.privateChannel.id));
  await graphDecisionStore(connect(), where, 'Sekretariatets beslutninger').create(
    recordedDecision('2027-01-14', 3),
  );
  // A chief is in the team, not in the private channel: neither its folder nor its site opens to him.
  await expect(channelSiteId(connect('finance'), channel(SEED.privateChannel.id))).rejects.toMatchObject({
    code: 'forbidden',
    status: 403,
  });
  const store = graphDecisionStore(connect('finance'), PRIVATE_SITE, 'Sekretariatets beslutninger');
  await expect(store.get('2027-01-14#3')).rejects.toMatchObject({ code: 'forbidden', status: 403 });
  const lists = await emulator.graph.call('GET', `/sites/${PRIVATE_SITE}/lists`, { as: 'finance' });
  expect(lists.status).toBe(403);
  expect(lists.body.error.code).toBe('accessDenied');
  // …while the team's own site is his as before.
  expect((await emulator.graph.call('GET', `/sites/${TEAM_SITE}/lists`, { as: 'finance' })).status).toBe(200);
});

it('lets a shared channel’s member from outside the team reach its site, and not the team’s', async () => {
  expect(await channelSiteId(connect('outsider'), channel(SEED.sharedChannel.id))).toBe(SHARED_SITE);
  expect((await emulator.graph.call('GET', `/sites/${SHARED_SITE}/lists`, { as: 'outsider' })).status).toBe(
    200,
  );
  expect((await emulator.graph.call('GET', `/sites/${TEAM_SITE}/lists`, { as: 'outsider' })).status).toBe(
    403,
  );
});

// The docs' own example answer of channel-get-filesfolder.md has a parentReference with driveId and
// driveType only. Then the folder's sharepointIds, returned when selected (resources/sharepointids.md),
// name the site; its id is "{hostname},{site collection id},{web id}" (api/site-get.md). Only here is
// the answer changed at the HTTP boundary: the emulator gives the siteId, as itemreference.md documents.
it('finds the site from the folder’s sharepointIds when the folder’s answer names none', async () => {
  const realFetch = globalThis.fetch;
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith('/filesFolder') || !response.ok) return response;
    const body = (await response.json()) as { parentReference: Record<string, unknown> };
    delete body.parentReference.siteId;
    return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
  });
  try {
    expect(await channelSiteId(connect(), channel(SEED.privateChannel.id))).toBe(PRIVATE_SITE);
    expect(await channelSiteId(connect(), channel(SEED.channelId))).toBe(TEAM_SITE);
    expect(spy).toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
});
