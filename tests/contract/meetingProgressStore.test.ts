// One contract for the MeetingProgressStore port, on its in-memory twin and on the SharePoint list on
// the emulator (graph api-reference/v1.0/api/listitem-create.md, listitem-get.md, listitem-update.md:
// If-Match → 412), and the meeting's organizer read from its chat (chat-get.md, resources/chat.md
// onlineMeetingInfo.organizer, least privilege Chat.ReadBasic).
import { SEED } from '../../dev/emulator/seed';
import type { MeetingProgressStore } from '../../src/domain/ports';
import { advance, notStarted, takeOver } from '../../src/domain/meetingProgress/meetingProgress';
import { memoryMeetingProgressStore } from '../../src/domain/meetingProgress/memoryMeetingProgressStore';
import { agendaItem } from '../../src/domain/testing/meetingBuilders';
import { getSiteByPath } from '../../src/graph/files';
import { graphMeetingProgressStore } from '../../src/graph/graphMeetingProgressStore';
import { meetingOrganizerId } from '../../src/graph/meetingOrganizer';
import { emulatorFixture } from './graphTarget';

/** Connections whose tokens hold only the scopes the adapter asks for: the emulator refuses more. */
const emulator = emulatorFixture({ leastScopes: true });
const { connect } = emulator;

let lists = 0;
const stores: [string, () => Promise<[MeetingProgressStore, MeetingProgressStore]>][] = [
  [
    'the in-memory twin',
    async () => {
      const store = memoryMeetingProgressStore();
      return [store, store];
    },
  ],
  [
    'the SharePoint list on the emulator',
    async () => {
      const name = `Forløb ${++lists}`;
      const site = async () => (await getSiteByPath(connect('secretary'), SEED.hostname, SEED.sitePath)).id;
      return [
        graphMeetingProgressStore(connect('secretary'), site, name),
        graphMeetingProgressStore(connect('director'), site, name),
      ];
    },
  ],
];

const meeting = { items: [agendaItem({ number: 1 }), agendaItem({ number: 2 })] };
const secretary = { id: SEED.users.secretary.id, name: 'Sekretær' };
const director = { id: SEED.users.director.id, name: 'Direktør' };

describe.each(stores)('the MeetingProgressStore: %s', (_name, make) => {
  it('reads nothing before the meeting starts, then what the leader wrote, from another user', async () => {
    const [lead, follower] = await make();
    expect(await follower.read('2027-01-14')).toBeNull();
    const started = advance(meeting, notStarted('2027-01-14'), null, '2027-01-14T08:00:00.000Z', secretary);
    const first = await lead.write(started, null);
    expect((await follower.read('2027-01-14'))?.progress).toEqual(started);
    const second = advance(meeting, started, 1, '2027-01-14T08:17:00.000Z', secretary);
    await lead.write(second, first.version);
    const seen = await follower.read('2027-01-14');
    expect(seen?.progress.current).toBe(2);
    expect(seen?.progress.runs[0]).toEqual({
      number: 1,
      startedAt: '2027-01-14T08:00:00.000Z',
      endedAt: '2027-01-14T08:17:00.000Z',
    });
    expect(await follower.read('2027-01-15')).toBeNull();
  });

  it('refuses a write over a version someone else replaced, so a take-over never loses a point', async () => {
    const [lead, other] = await make();
    const started = await lead.write(
      advance(meeting, notStarted('2027-02-01'), null, '2027-02-01T08:00:00.000Z', secretary),
      null,
    );
    const seen = (await other.read('2027-02-01'))!;
    await other.write(takeOver(seen.progress, director), seen.version);
    await expect(
      lead.write(advance(meeting, started.progress, 1, 'later', secretary), started.version),
    ).rejects.toMatchObject({ failure: { code: 'precondition-failed' } });
    await expect(lead.write(notStarted('2027-02-01'), null)).rejects.toHaveProperty('failure.code');
    expect((await lead.read('2027-02-01'))?.progress.leader).toEqual(director);
  });
});

describe("the meeting's organizer", () => {
  it("is the meeting chat's onlineMeetingInfo.organizer, read with Chat.ReadBasic", async () => {
    expect(await meetingOrganizerId(connect('director'), SEED.chatId)).toBe(SEED.users.secretary.id);
  });

  it('is refused to someone outside the chat', async () => {
    const answer = await emulator.graph.call('GET', `/chats/${encodeURIComponent(SEED.chatId)}`, {
      as: 'outsider',
    });
    expect(answer.status).toBe(403);
  });

  it('needs Chat.ReadBasic or more', async () => {
    const path = `/chats/${encodeURIComponent(SEED.chatId)}`;
    expect((await emulator.graph.call('GET', path, { scopes: ['Sites.Read.All'] })).status).toBe(403);
    expect((await emulator.graph.call('GET', path, { scopes: ['Chat.ReadBasic'] })).body.chatType).toBe(
      'meeting',
    );
  });
});
