// A point's discussion through the Graph adapters, against the emulator with Teams' posting limit
// turned low: one thread per point however many members comment at once, and escaped posts.
import { SEED } from '../../dev/emulator/seed';
import { decisionKey } from '../../src/domain/decisions/decision';
import { commentOnPoint } from '../../src/app/commentOnPoint';
import type { AgendaItem } from '../../src/domain/meeting';
import { agendaItem, meetingOf } from '../../src/domain/testing/meetingBuilders';
import { channelChatThreads, chatChatThreads } from '../../src/graph/graphChatThreads';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { da } from '../../src/ui/strings/da';
import { emulatorFixture } from './graphTarget';

type Member = 'secretary' | 'director' | 'outsider';

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

/** One member commenting through the real adapters, on a list of the test's own. */
function member(user: Member, list: string) {
  const connection = connect(user);
  const threads = channelChatThreads(connection, SEED.teamId, SEED.channelId);
  const decisions = graphDecisionStore(connection, emulator.siteId, list);
  const comment = (item: AgendaItem, text: string) =>
    commentOnPoint({
      threads,
      decisions,
      meeting: meeting([item]),
      item,
      link: LINK,
      // As the tab posts: in the forum's Danish (ui/app/featureServices).
      postWords: da.posts,
      sourceUrl: null,
      text,
    });
  return { threads, decisions, comment };
}

const rootPosts = async () =>
  (
    await emulator.graph.call(
      'GET',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/messages`,
    )
  ).body.value as { id: string; subject: string | null; body: { content: string } }[];

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
  expect((await secretary.decisions.get(decisionKey('2020-10-08', 1)))?.decision.threadId).toBe(
    first.threadId,
  );
});

it('ends with one thread holding both comments when two members comment at once, throttled', async () => {
  const secretary = member('secretary', 'Tråde B');
  const director = member('director', 'Tråde B');
  await secretary.decisions.ensure();
  await director.decisions.ensure();
  const item = point(2, 'Digitaliseringsstrategi');
  throttled = 0;
  const [a, b] = await Promise.all([
    secretary.comment(item, 'Fra sekretæren'),
    director.comment(item, 'Fra direktøren'),
  ]);
  expect(throttled).toBeGreaterThan(0);
  expect(a.threadId).toBe(b.threadId);
  expect((await secretary.decisions.get(decisionKey('2020-10-08', 2)))?.decision.threadId).toBe(a.threadId);
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
