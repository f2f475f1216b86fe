// A POST whose answer is a 504 may have been done: a gateway gave up waiting, not the service
// (graph docs concepts/throttling.md: only a throttled request — 429, or 503 with Retry-After — is
// one that failed and may be sent again). The emulator's timeout fault does the request and then
// answers 504; a comment posted through it must exist once, not once per retry (issue 9, point 11).
import { SEED } from '../../dev/emulator/seed';
import { runBatch } from '../../src/graph/batch';
import { channelChatThreads } from '../../src/graph/graphChatThreads';
import { emulatorFixture } from './graphTarget';

let posts = 0;
const emulator = emulatorFixture({
  retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 6 },
  observe: (method) => {
    if (method === 'POST') posts += 1;
  },
});
const connect = (maxAttempts = 6) => emulator.connect('secretary', { maxAttempts });

const channel = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}`;

it('posts a comment answered 504 once, and says its outcome is unknown', async () => {
  const threads = channelChatThreads(connect(), SEED.teamId, SEED.channelId);
  const root = await threads.createRoot('Punkt 2: Budget', '<p>Punkt 2: Budget</p>');
  emulator.graph.setFaults({ timeoutRate: 1, pathContains: '/replies' });
  posts = 0;
  await expect(threads.reply(root.id, '<p>Kun én gang</p>')).rejects.toMatchObject({ code: 'network' });
  emulator.graph.setFaults({});
  expect(posts).toBe(1);
  const replies = (await emulator.graph.call('GET', `${channel}/messages/${root.id}/replies`)).body.value;
  expect(replies.map((reply: { body: { content: string } }) => reply.body.content)).toEqual([
    '<p>Kun én gang</p>',
  ]);
});

it('still sends a throttled comment again (429 means it was not done)', async () => {
  // Half the posts are throttled: with 30 attempts a reply fails only one time in 2^30, not 1 in 64.
  const threads = channelChatThreads(connect(30), SEED.teamId, SEED.channelId);
  const root = await threads.createRoot('Punkt 3: Trafik', '<p>Punkt 3: Trafik</p>');
  // The posting limit of the emulator answers 429 with Retry-After: 1 to the second of two quick posts.
  emulator.graph.setFaults({ throttleRate: 0.5, retryAfterSeconds: 0, pathContains: '/replies' });
  for (const text of ['a', 'b', 'c', 'd']) await threads.reply(root.id, `<p>${text}</p>`);
  emulator.graph.setFaults({});
  const replies = (await emulator.graph.call('GET', `${channel}/messages/${root.id}/replies`)).body.value;
  expect(replies.map((reply: { body: { content: string } }) => reply.body.content).sort()).toEqual([
    '<p>a</p>',
    '<p>b</p>',
    '<p>c</p>',
    '<p>d</p>',
  ]);
});

it('does not resend an inner POST of a $batch answered 504, and reads answers by id', async () => {
  const root = (
    await emulator.graph.call('POST', `${channel}/messages`, {
      body: { body: { contentType: 'html', content: 'x' } },
    })
  ).body.id as string;
  emulator.graph.setFaults({ timeoutRate: 1, pathContains: '/replies' });
  const results = await runBatch(connect(), [
    {
      id: 'post',
      method: 'POST',
      url: `${channel}/messages/${root}/replies`,
      body: { body: { content: 'én' } },
    },
    { id: 'team', method: 'GET', url: `/teams/${SEED.teamId}` },
  ]);
  emulator.graph.setFaults({});
  expect(results.get('post')!.status).toBe(504);
  expect(results.get('team')).toMatchObject({ status: 200, body: { id: SEED.teamId } });
  expect((await emulator.graph.call('GET', `${channel}/messages/${root}/replies`)).body.value).toHaveLength(
    1,
  );
});
