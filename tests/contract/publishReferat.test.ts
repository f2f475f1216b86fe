// "Udgiv referat" through the Graph adapters against the emulator: the app knows its own tab and
// announcement by the ids it got back (kept in the meeting's record in the "Chefforum udgivelser" list)
// and by what a tab shows, never by a name or a subject a member can copy; and the publish is claimed
// with If-Match on that record, so two people publishing at once announce once.
// Oracles: graph docs api-reference/v1.0/api/listitem-update.md (If-Match → 412 Precondition Failed),
// listitem-create.md with a column of enforceUniqueValues (columndefinition.md; a second item of the
// same date is refused), chatmessage-get.md (GET one channel message by id), channel-list-messages.md
// (only $top and $expand; so no search by subject), channel-list-tabs.md and channel-get-tabs.md
// ($expand=teamsApp), concepts/teams-configuring-builtin-tabs.md (a file tab's entityId is the file's
// sourcedoc GUID), concepts/throttling-limits.md (Teams: about 4 requests a second per channel).
import { SEED } from '../../dev/emulator/seed';
import type { SeedUser } from '../../dev/emulator/testing/testEmulator';
import { publishReferat, type PublishPorts } from '../../src/app/publishReferat';
import { textWriter } from '../../src/app/testing/memoryReferatPorts';
import { planReferat } from '../../src/app/writeReferat';
import { type Decision, decisionFromPoint } from '../../src/domain/decisions/decision';
import { agendaItem, meetingOf } from '../../src/domain/testing/meetingBuilders';
import { testPostWords } from '../../src/domain/testing/postWords';
import { getSiteByPath } from '../../src/graph/files';
import { channelAnnouncements } from '../../src/graph/graphAnnouncements';
import { graphPublicationStore } from '../../src/graph/graphPublicationStore';
import { channelReferatFolder } from '../../src/graph/graphReferatFiles';
import { channelTabPinner } from '../../src/graph/graphTabPinner';
import { emulatorClient, emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ retry: { baseDelayMs: 5, maxDelayMs: 1000, maxAttempts: 5 } });
const CHANNEL = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}`;
const LOCATION = { teamId: SEED.teamId, channelId: SEED.channelId, subfolder: '' };
const APP = { appId: SEED.app.externalId, contentUrl: 'https://chefforum.kommune.dk/tab' };

function meetingOn(date: string) {
  const meeting = meetingOf(
    date,
    [
      agendaItem({ number: 1, title: 'Godkendelse af dagsorden og referat' }),
      agendaItem({ number: 2, title: 'Budget' }),
    ],
    { kind: 'dagsorden' },
  );
  const decisions: Decision[] = [
    { ...decisionFromPoint(meeting, meeting.items[0]!, null)!, decision: 'Godkendt.' },
  ];
  return { meeting, decisions };
}

/** The use case's ports as one user, on the emulator; `seen` is told every Graph request they make. */
function portsAs(user: SeedUser, seen: (request: string) => void = () => undefined, listName = 'Udgivelser') {
  const connection = emulatorClient(emulator.graph.url, user, {
    retry: { baseDelayMs: 5, maxDelayMs: 1000, maxAttempts: 5 },
    observe: (method, url) => seen(`${method} ${decodeURIComponent(url)}`),
  });
  const site = async () => (await getSiteByPath(connection, SEED.hostname, SEED.sitePath)).id;
  const ports: PublishPorts = {
    folder: channelReferatFolder(connection, LOCATION),
    writer: textWriter,
    pinner: channelTabPinner(connection, LOCATION, APP),
    announcements: channelAnnouncements(connection, SEED.teamId, SEED.channelId),
    publications: graphPublicationStore(connection, site, listName),
    me: { id: SEED.users[user].id, name: SEED.users[user].displayName },
    clock: () => Date.now(),
    newToken: () => crypto.randomUUID(),
    pointLink: (date, number) => `https://teams.microsoft.com/l/entity/x/y?point=${date}-${number}`,
    postWords: testPostWords,
  };
  return ports;
}

const rootPosts = async () =>
  (await emulator.graph.call('GET', `${CHANNEL}/messages?$top=50`)).body.value as {
    id: string;
    subject: string | null;
    from: { user: { id: string } };
    body: { content: string };
  }[];
const tabs = async () =>
  (await emulator.graph.call('GET', `${CHANNEL}/tabs?$expand=teamsApp`)).body.value as {
    id: string;
    displayName: string;
    teamsApp: { id: string };
    configuration: Record<string, unknown>;
  }[];
/** What a chief can do by hand in Teams: add a website tab, post in the channel. */
const member = { as: 'finance' } as const;

it('pins and announces the real referat although a member put up a look-alike tab and post first', async () => {
  const { meeting, decisions } = meetingOn('2027-02-11');
  const secretary = portsAs('secretary');
  const plan = await planReferat(meeting, decisions, secretary.folder);
  const subject = testPostWords.announcementSubject(plan.document.name);
  // A chief adds a web tab with the referat tab's name pointing elsewhere and posts the announcement's subject.
  const web = 'https://example.org/falsk-referat';
  expect(
    (
      await emulator.graph.call('POST', `${CHANNEL}/tabs`, {
        ...member,
        body: {
          displayName: 'Referat 11. februar 2027',
          'teamsApp@odata.bind':
            'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.web',
          configuration: { entityId: null, contentUrl: web, removeUrl: null, websiteUrl: web },
        },
      })
    ).status,
  ).toBe(201);
  const fake = await emulator.graph.call('POST', `${CHANNEL}/messages`, {
    ...member,
    body: { subject, body: { contentType: 'html', content: `<p><a href="${web}">Referat</a></p>` } },
  });
  expect(fake.status).toBe(201);

  const result = await publishReferat(meeting, plan, secretary);
  expect(result).toMatchObject({
    status: 'published',
    announcement: 'posted',
    lookAlikePosts: 1,
    pin: {
      result: 'pinned',
      tabName: 'Referat 11. februar 2027 (Chefforum)',
      lookAlikes: ['Referat 11. februar 2027'],
    },
  });
  if (result.status !== 'published') throw new Error('not published');
  const ours = (await tabs()).find((tab) => tab.id === result.pin.tabId)!;
  expect(ours.teamsApp.id).toBe('com.microsoft.teamspace.tab.file.staticviewer.word');
  expect(ours.configuration.contentUrl).toMatch(new RegExp(`/${plan.fileName}$`));
  const announcements = (await rootPosts()).filter((post) => post.from.user.id === SEED.users.secretary.id);
  expect(announcements).toHaveLength(1);
  expect(announcements[0]!.subject).toBe(subject);
  expect(announcements[0]!.body.content).toContain(result.file.webUrl.replace(/&/g, '&amp;'));
  // The look-alikes are left as they were.
  expect((await tabs()).filter((tab) => tab.displayName === 'Referat 11. februar 2027')).toHaveLength(1);
  expect((await rootPosts()).some((post) => post.id === (fake.body as { id: string }).id)).toBe(true);
});

it('knows it again by the kept ids on a second click: one GET of the message, no listing of the channel', async () => {
  const { meeting, decisions } = meetingOn('2027-02-25');
  const first = portsAs('secretary');
  const plan = await planReferat(meeting, decisions, first.folder);
  expect(await publishReferat(meeting, plan, first)).toMatchObject({ announcement: 'posted' });
  const requests: string[] = [];
  const again = await publishReferat(
    meeting,
    plan,
    portsAs('director', (request) => requests.push(request)),
  );
  expect(again).toMatchObject({
    status: 'published',
    announcement: 'already-posted',
    pin: { result: 'already-pinned' },
    by: { id: SEED.users.secretary.id },
  });
  const messages = requests.filter((each) => each.includes('/messages'));
  expect(messages).toEqual([expect.stringMatching(/^GET .*\/messages\/\d+$/)]);
  expect((await rootPosts()).filter((post) => post.body.content.includes('2027-02-25'))).toHaveLength(1);
});

describe('two people publishing the same referat', () => {
  /** Runs the secretary's publish and the director's: at once, or when her requests reach `startAt`. */
  async function both(date: string, startAt: RegExp | null) {
    const { meeting, decisions } = meetingOn(date);
    const plan = await planReferat(meeting, decisions, portsAs('secretary').folder);
    let reached = () => undefined as void;
    const second = startAt ? new Promise<void>((resolve) => (reached = resolve)) : Promise.resolve();
    const seen = (request: string) => startAt?.test(request) && reached();
    const results = await Promise.all([
      publishReferat(meeting, plan, portsAs('secretary', seen)),
      second.then(() => publishReferat(meeting, plan, portsAs('director'))),
    ]);
    const announced = (await rootPosts()).filter((post) => post.body.content.includes(`point=${date}-2`));
    return { results, announced };
  }

  it('at the same moment: one announces, the other is told who publishes', async () => {
    const { results, announced } = await both('2027-03-11', null);
    expect(announced).toHaveLength(1);
    expect(results.map((each) => each.status).sort()).toEqual(['published', 'publishing']);
    expect(results.find((each) => each.status === 'publishing')).toMatchObject({
      by: { id: SEED.users.secretary.id, name: SEED.users.secretary.displayName },
    });
  });

  it('the second while the first is half-way (it has claimed, not yet announced): one announcement', async () => {
    // "400 ms apart" made exact: the director clicks once the secretary's claim is stored.
    const { results, announced } = await both('2027-03-25', /^(POST|PATCH) .*\/lists\/[^/]+\/items/);
    expect(announced).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'published', announcement: 'posted' });
    expect(results[1]).toEqual(
      expect.objectContaining(
        results[1]!.status === 'publishing'
          ? { by: { id: SEED.users.secretary.id, name: SEED.users.secretary.displayName } }
          : { announcement: 'already-posted' },
      ),
    );
  });
});

it('keeps the record in a list of its own, one item per meeting, refused a second item of a date', async () => {
  const store = portsAs('secretary', undefined, 'Udgivelser unik').publications;
  const record = {
    meetingDate: '2027-04-08',
    claim: null,
    tabId: null,
    messageId: null,
    posting: null,
    published: null,
  };
  const first = await store.write(record, null);
  await expect(store.write(record, null)).rejects.toMatchObject({ code: 'conflict' });
  const second = await store.write({ ...record, tabId: 't' }, first.version);
  await expect(store.write({ ...record, tabId: 'u' }, first.version)).rejects.toMatchObject({
    code: 'precondition-failed',
  });
  expect((await store.read('2027-04-08'))?.publication.tabId).toBe('t');
  expect(second.version).not.toBe(first.version);
});
