// A POST whose answer is a 504 may have been done: a gateway gave up waiting, not the service
// (graph docs concepts/throttling.md: only a throttled request — 429, or 503 with Retry-After — is
// one that failed and may be sent again). The emulator's timeout fault does the request and then
// answers 504; a comment posted through it must exist once, not once per retry (issue 9, point 11).
import { SEED } from '../../dev/emulator/seed';
import { startTestEmulator, type TestEmulator, tokenFor } from '../../dev/emulator/testing/testEmulator';
import { runBatch } from '../../src/graph/batch';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { channelChatThreads } from '../../src/graph/graphChatThreads';

let graph: TestEmulator;
let posts = 0;
const connect = (maxAttempts = 6) =>
  createGraphClient({
    baseUrl: graph.url,
    token: async () => tokenFor('secretary'),
    retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts },
    observe: (method) => {
      if (method === 'POST') posts += 1;
    },
  });

beforeAll(async () => {
  graph = await startTestEmulator();
});
afterAll(() => graph.close());

const channel = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}`;

it('posts a comment answered 504 once, and says its outcome is unknown', async () => {
  const threads = channelChatThreads(connect(), SEED.teamId, SEED.channelId);
  const root = await threads.createRoot('Punkt 2: Budget', '<p>Punkt 2: Budget</p>');
  graph.setFaults({ timeoutRate: 1, pathContains: '/replies' });
  posts = 0;
  await expect(threads.reply(root.id, '<p>Kun én gang</p>')).rejects.toMatchObject({ code: 'network' });
  graph.setFaults({});
  expect(posts).toBe(1);
  const replies = (await graph.call('GET', `${channel}/messages/${root.id}/replies`)).body.value;
  expect(replies.map((reply: { body: { content: string } }) => reply.body.content)).toEqual([
    '<p>Kun én gang</p>',
  ]);
});

it('still sends a throttled comment again (429 means it was not done)', async () => {
  // Half the posts are throttled: with 30 attempts a reply fails only one time in 2^30, not 1 in 64.
  const threads = channelChatThreads(connect(30), SEED.teamId, SEED.channelId);
  const root = await threads.createRoot('Punkt 3: Trafik', '<p>Punkt 3: Trafik</p>');
  // The posting limit of the emulator answers 429 with Retry-After: 1 to the second of two quick posts.
  graph.setFaults({ throttleRate: 0.5, retryAfterSeconds: 0, pathContains: '/replies' });
  for (const text of ['a', 'b', 'c', 'd']) await threads.reply(root.id, `<p>${text}</p>`);
  graph.setFaults({});
  const replies = (await graph.call('GET', `${channel}/messages/${root.id}/replies`)).body.value;
  expect(replies.map((reply: { body: { content: string } }) => reply.body.content).sort()).toEqual([
    '<p>a</p>',
    '<p>b</p>',
    '<p>c</p>',
    '<p>d</p>',
  ]);
});

it('does not resend an inner POST of a $batch answered 504, and reads answers by id', async () => {
  const root = (
    await graph.call('POST', `${channel}/messages`, { body: { body: { contentType: 'html', content: 'x' } } })
  ).body.id as string;
  graph.setFaults({ timeoutRate: 1, pathContains: '/replies' });
  const results = await runBatch(connect(), [
    {
      id: 'post',
      method: 'POST',
      url: `${channel}/messages/${root}/replies`,
      body: { body: { content: 'én' } },
    },
    { id: 'team', method: 'GET', url: `/teams/${SEED.teamId}` },
  ]);
  graph.setFaults({});
  expect(results.get('post')!.status).toBe(504);
  expect(results.get('team')).toMatchObject({ status: 200, body: { id: SEED.teamId } });
  expect((await graph.call('GET', `${channel}/messages/${root}/replies`)).body.value).toHaveLength(1);
});
