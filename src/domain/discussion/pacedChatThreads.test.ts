// Posts spaced to Teams' pace, on a clock of our own.
import type { ChatThreads } from './PointThreads';
import { pacedChatThreads } from './pacedChatThreads';

it('spaces a burst of posts 500 ms apart and leaves reads alone', async () => {
  let now = 1000;
  const sent: number[] = [];
  const inner: ChatThreads = {
    createRoot: async () => (sent.push(now), { id: 'root' }),
    reply: async () => (sent.push(now), { id: 'reply' }),
    replies: async () => (sent.push(-now), []),
  };
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
  const paced = pacedChatThreads(inner, 500, clock);
  await paced.createRoot('Punkt 1', '<p>x</p>');
  await paced.reply('root', '<p>a</p>');
  await paced.replies('root');
  await paced.reply('root', '<p>b</p>');
  now += 2000;
  await paced.reply('root', '<p>c</p>');
  expect(sent).toEqual([1000, 1500, -1500, 2000, 4000]);
});
