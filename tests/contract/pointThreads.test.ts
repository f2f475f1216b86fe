// A point's discussion through the Graph adapters, against the emulator with Teams' posting limit
// turned low: one thread per point however many members comment at once, recorded in the thread list
// (not in a decision item), an older version's thread kept, and escaped posts.
import { SEED } from '../../dev/emulator/seed';
import { decisionKey } from '../../src/domain/decisions/decision';
import { commentOnPoint } from '../../src/app/commentOnPoint';
import type { AgendaItem } from '../../src/domain/meeting';
import { agendaItem, meetingOf } from '../../src/domain/testing/meetingBuilders';
import { channelChatThreads, chatChatThreads } from '../../src/graph/graphChatThreads';
import { DECISION_LIST } from '../../src/graph/decisionFields';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { graphPointThreadRegistry, THREAD_LIST } from '../../src/graph/graphPointThreadRegistry';
import { recordedDecision } from '../../src/domain/testing/decisionBuilders';
import { graphAccess } from '../../src/graph/GraphAccess';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { da } from '../../src/strings/da';
import { emulatorFixture } from './graphTarget';

type Member = 'secretary' | 'director' | 'finance' | 'outsider';

let throttled = 0;
const emulator = emulatorFixture({
  emulator: { teamsRequestsPerSecond: 4 },
  // Retry-After (1 s for a throttled post) honoured in full: the posting limit is the point here.
  retry: { baseDelayMs: 5, maxDelayMs: 1000, maxAttempts: 10 },
  observe: (_method, _url, status) => {
    if (status === 429) throttled += 1;
  },
});
const connect = (user: Member) => emulator.connect(user);

const point = (number: number, title: string) => agendaItem({ number, title });

const meeting = (items: AgendaItem[]) => meetingOf('2020-10-08', items);

const LINK =
  'https://teams.microsoft.com/l/entity/chefforum/referat?context=%7B%22subEntityId%22%3A%224%22%7D';

/**
 * One member commenting through the real adapters, on a decision list and a thread list of the test's
 * own (or, given `lists`, the tab's own, with the seeded permissions: dev/emulator/seedRoles.ts).
 */
function member(user: Member, list: string, lists = { decisions: list, threads: `${list} tråde` }) {
  const connection = connect(user);
  const threads = channelChatThreads(connection, SEED.teamId, SEED.channelId);
  const decisions = graphDecisionStore(connection, emulator.siteId, lists.decisions);
  const registry = graphPointThreadRegistry(connection, async () => emulator.siteId, lists.threads);
  const comment = (item: AgendaItem, text: string) =>
    commentOnPoint({
      threads,
      registry,
      decisions,
      meeting: meeting([item]),
      item,
      link: LINK,
      // As the tab posts: in the forum's Danish (ui/app/featureServices).
      postWords: da.posts,
      text,
    });
  return { threads, decisions, registry, comment };
}

/** The channel's root posts, through the Graph client, which waits out Teams' 429s as the tab does. */
const rootPosts = async () =>
  graphAccess(connect('secretary')).all<{ id: string; subject: string | null; body: { content: string } }>(
    `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/messages`,
  );

it('creates one root post on the first comment and replies to it after', async () => {
  const secretary = member('secretary', 'Tråde A');
  const director = member('director', 'Tråde A');
  const item = point(1, 'Budget 2021');
  const first = await secretary.comment(item, 'Første kommentar');
  const second = await director.comment(item, 'Enig,\nmed et forbehold');
  expect(first.createdThread).toBe(true);
  expect(second).toMatchObject({ threadId: first.threadId, createdThread: false });
  expect((await rootPosts()).filter((post) => post.subject === 'Punkt 1: Budget 2021')).toHaveLength(1);
  const replies = await secretary.threads.replies(first.threadId);
  expect(replies.map((reply) => [reply.author, reply.text])).toEqual([
    ['Chefforums sekretær', 'Første kommentar'],
    ['Kommunaldirektøren', 'Enig,\nmed et forbehold'],
  ]);
  expect(await director.registry.get(decisionKey('2020-10-08', 1))).toBe(first.threadId);
  // No decision item is made just to hold a thread.
  expect(await secretary.decisions.get(decisionKey('2020-10-08', 1))).toBeNull();
});

// The tab's own lists with the seeded permissions: the chiefs only read the decision list
// (seedRoles.ts), and the thread list keeps the site's (members Edit), so a chief records a thread.
const tabLists = { decisions: DECISION_LIST, threads: THREAD_LIST };

it("keeps an older version's thread from the decision item: a chief comments there, and it is recorded", async () => {
  const secretary = member('secretary', '', tabLists);
  const finance = member('finance', '', tabLists);
  const item = point(7, 'Klimaplan');
  const key = decisionKey('2020-10-08', 7);
  // What an older version left: a root post, and its id in the point's decision item.
  const old = await secretary.threads.createRoot('Punkt 7: Klimaplan', '<p><b>Punkt 7: Klimaplan</b></p>');
  const before = await secretary.decisions.create(recordedDecision('2020-10-08', 7, { threadId: old.id }));
  const posted = await finance.comment(item, 'Fra økonomi');
  expect(posted).toMatchObject({ threadId: old.id, createdThread: false, orphanRootId: null });
  expect(await finance.registry.get(key)).toBe(old.id);
  // No second thread for the point.
  expect((await rootPosts()).filter((post) => post.subject === 'Punkt 7: Klimaplan')).toHaveLength(1);
  expect((await secretary.threads.replies(old.id)).map((reply) => reply.text)).toEqual(['Fra økonomi']);
  expect(await secretary.decisions.get(key)).toEqual(before); // the decision is only read
});

it('lets a chief (who only reads the decision list) start a point’s thread, and makes no decision item', async () => {
  const finance = member('finance', '', tabLists);
  const director = member('director', '', tabLists);
  const key = decisionKey('2020-10-08', 8);
  const first = await finance.comment(point(8, 'Trivsel'), 'Første fra økonomi');
  expect(first.createdThread).toBe(true);
  const second = await director.comment(point(8, 'Trivsel'), 'Enig');
  expect(second).toMatchObject({ threadId: first.threadId, createdThread: false });
  expect(await director.registry.get(key)).toBe(first.threadId);
  expect(await director.decisions.get(key)).toBeNull();
});

it('ends with one thread holding both comments when two members comment at once, throttled', async () => {
  const secretary = member('secretary', 'Tråde B');
  const director = member('director', 'Tråde B');
  // The thread list made before the race, as after the forum's first comment.
  await secretary.registry.claim(decisionKey('2020-10-08', 99), 'made-the-list');
  const item = point(2, 'Digitaliseringsstrategi');
  throttled = 0;
  const [a, b] = await Promise.all([
    secretary.comment(item, 'Fra sekretæren'),
    director.comment(item, 'Fra direktøren'),
  ]);
  expect(throttled).toBeGreaterThan(0);
  expect(a.threadId).toBe(b.threadId);
  expect(await secretary.registry.get(decisionKey('2020-10-08', 2))).toBe(a.threadId);
  const texts = (await director.threads.replies(a.threadId)).map((reply) => reply.text).sort();
  expect(texts).toEqual(['Fra direktøren', 'Fra sekretæren']);
  // A root that lost the race stays behind empty; no comment is in it.
  const orphans = [a.orphanRootId, b.orphanRootId].filter((id): id is string => id !== null);
  expect(orphans.length).toBeLessThanOrEqual(1);
  for (const orphan of orphans) expect(await secretary.threads.replies(orphan)).toEqual([]);
});

it('posts a title with <b> and & as text, in the subject and the body', async () => {
  const secretary = member('secretary', 'Tråde C');
  const posted = await secretary.comment(point(3, '<b>Budget</b> & drift'), 'Tak <3 & "hilsen"');
  const root = (await rootPosts()).find((post) => post.id === posted.threadId)!;
  expect(root.subject).toBe('Punkt 3: <b>Budget</b> & drift');
  expect(root.body.content).toContain('<p><b>Punkt 3: &lt;b&gt;Budget&lt;/b&gt; &amp; drift</b></p>');
  expect(root.body.content).toContain('<p>Chefforum 8. oktober 2020</p>');
  expect(root.body.content).toContain(`<a href="${LINK}">`);
  expect((await secretary.threads.replies(posted.threadId)).map((reply) => reply.text)).toEqual([
    'Tak <3 & "hilsen"',
  ]);
});

it('keeps a chat as one thread: the root first, comments after it', async () => {
  const threads = chatChatThreads(connect('secretary'), SEED.chatId);
  const root = await threads.createRoot('Punkt 4: Budget', '<p><b>Punkt 4: Budget</b></p>');
  await threads.reply(root.id, '<p>Første</p>');
  await chatChatThreads(connect('director'), SEED.chatId).reply(root.id, '<p>Anden &amp; sidste</p>');
  expect((await threads.replies(root.id)).map((reply) => [reply.author, reply.text])).toEqual([
    ['Chefforums sekretær', 'Første'],
    ['Kommunaldirektøren', 'Anden & sidste'],
  ]);
});

// Graph lists a chat's messages by lastModifiedDateTime desc unless told otherwise, and a reaction
// (api/chatmessage-setreaction.md) or an edit (api/chatmessage-update.md) changes that time
// (api/chat-list-messages.md): the thread must still show every comment, oldest first.
it('keeps a chat thread’s comments when the root gets a reaction and a comment is edited', async () => {
  const threads = chatChatThreads(connect('secretary'), SEED.chatId);
  const root = await threads.createRoot('Punkt 6: Trivsel', '<p><b>Punkt 6: Trivsel</b></p>');
  const first = await threads.reply(root.id, '<p>Første</p>');
  await chatChatThreads(connect('director'), SEED.chatId).reply(root.id, '<p>Anden</p>');
  const chat = `/chats/${encodeURIComponent(SEED.chatId)}/messages`;
  const reacted = await emulator.graph.call('POST', `${chat}/${root.id}/setReaction`, {
    as: 'director',
    body: { reactionType: '👍' },
  });
  expect(reacted.status).toBe(204);
  const edited = await emulator.graph.call('PATCH', `${chat}/${first.id}`, {
    body: { body: { contentType: 'html', content: '<p>Første, rettet</p>' } },
  });
  expect(edited.status).toBe(204);
  expect(
    (await emulator.graph.call('GET', `${chat}?$top=3`)).body.value.map((m: { id: string }) => m.id),
  ).toEqual([first.id, root.id, expect.any(String)]);
  expect((await threads.replies(root.id)).map((reply) => reply.text)).toEqual(['Første, rettet', 'Anden']);
});

it('refuses a member outside the team with forbidden', async () => {
  const threads = channelChatThreads(connect('outsider'), SEED.teamId, SEED.channelId);
  await expect(threads.createRoot('Punkt 5', '<p>x</p>')).rejects.toMatchObject({
    constructor: GraphFailure,
    code: 'forbidden',
  });
});
