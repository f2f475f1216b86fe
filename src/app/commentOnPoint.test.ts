import { decisionKey } from '../domain/decisions/decision';
import { memoryDecisionStore } from '../domain/decisions/memoryDecisionStore';
import { memoryPointThreadRegistry } from '../domain/discussion/memoryPointThreadRegistry';
import { recordedDecision } from '../domain/testing/decisionBuilders';
import { agendaItem, meetingOf } from '../domain/testing/meetingBuilders';
import { testPostWords } from '../domain/testing/postWords';
import { type CommentOnPoint, commentOnPoint } from './commentOnPoint';
import { memoryChannel, type MemoryChannel } from '../domain/discussion/memoryChatThreads';
import { ClosedPointError } from '../domain/discussion/PointThreads';

const item = agendaItem({
  number: 4,
  title: 'Budget 2021',
  caseNumber: '00.01.00-A00-1-20',
  recommendations: ['at budgettet godkendes'],
  decision: 'Godkendt.',
});

const meeting = meetingOf('2020-10-08', [item]);

const KEY = decisionKey('2020-10-08', 4);
const LINK = 'https://teams.microsoft.com/l/entity/app/chefforum?context=%7B%7D';

function setup(channel: MemoryChannel = memoryChannel()) {
  const decisions = memoryDecisionStore();
  const registry = memoryPointThreadRegistry();
  const as = (author: string, text: string, over: Partial<CommentOnPoint> = {}) =>
    commentOnPoint({
      threads: channel.as(author),
      registry,
      decisions,
      meeting,
      item,
      link: LINK,
      postWords: testPostWords,
      text,
      ...over,
    });
  const thread = (rootId: string) =>
    channel.repliesTo(rootId).map((reply) => [reply.author, reply.html] as const);
  return { channel, decisions, registry, as, thread };
}

describe('commenting on a point', () => {
  it('creates the thread on the first comment and records it in the registry, not in a decision', async () => {
    const { channel, decisions, registry, as, thread } = setup();
    const posted = await as('Sekretær', 'Første kommentar');
    expect(posted).toMatchObject({ createdThread: true, orphanRootId: null });
    expect(channel.roots().map((root) => root.subject)).toEqual(['Item 4: Budget 2021']);
    expect(thread(posted.threadId)).toEqual([['Sekretær', '<p>Første kommentar</p>']]);
    expect(registry.recorded()).toEqual(new Map([[KEY, posted.threadId]]));
    expect(await decisions.get(KEY)).toBeNull(); // no decision item made just to hold a thread
  });

  it('puts later comments in the same thread', async () => {
    const { channel, as, thread } = setup();
    const first = await as('Sekretær', 'Første');
    const second = await as('Direktør', 'Anden\nlinje');
    expect(second).toMatchObject({ threadId: first.threadId, createdThread: false, orphanRootId: null });
    expect(channel.roots()).toHaveLength(1);
    expect(thread(first.threadId)).toEqual([
      ['Sekretær', '<p>Første</p>'],
      ['Direktør', '<p>Anden<br>linje</p>'],
    ]);
  });

  it("copies an older version's thread id from the point's decision, and comments there", async () => {
    const channel = memoryChannel();
    const old = await channel.as('Sekretær').createRoot('Item 4: Budget 2021', '<p>root</p>');
    const { decisions, registry, as, thread } = setup(channel);
    const before = await decisions.create(recordedDecision('2020-10-08', 4, { threadId: old.id }));
    const posted = await as('Direktør', 'Videre i den gamle tråd');
    expect(posted).toMatchObject({ threadId: old.id, createdThread: false, orphanRootId: null });
    expect(channel.roots()).toHaveLength(1); // no second thread for the point
    expect(thread(old.id)).toEqual([['Direktør', '<p>Videre i den gamle tråd</p>']]);
    expect(registry.recorded()).toEqual(new Map([[KEY, old.id]]));
    expect(await decisions.get(KEY)).toEqual(before); // the decision is only read
  });

  it('ends with one thread holding both comments when two members comment at once', async () => {
    const { channel, registry, as, thread } = setup();
    const [a, b] = await Promise.all([as('Sekretær', 'A'), as('Direktør', 'B')]);
    expect(a.threadId).toBe(b.threadId);
    expect([a.createdThread, b.createdThread].sort()).toEqual([false, true]);
    expect(await registry.get(KEY)).toBe(a.threadId);
    expect(
      thread(a.threadId)
        .map(([author]) => author)
        .sort(),
    ).toEqual(['Direktør', 'Sekretær']);
    const orphans = channel.roots().filter((root) => root.id !== a.threadId);
    expect(orphans.map((root) => root.id)).toEqual([a.orphanRootId ?? b.orphanRootId]);
    expect(orphans.flatMap((root) => channel.repliesTo(root.id))).toEqual([]);
  });

  it('joins the thread another member recorded while its own root was posted', async () => {
    let other: (() => Promise<unknown>) | null = null;
    const channel = memoryChannel({
      onCreateRoot: async () => {
        const run = other;
        other = null;
        await run?.();
      },
    });
    const { registry, as, thread } = setup(channel);
    other = () => as('Direktør', 'Hurtigst');
    const posted = await as('Sekretær', 'Langsomst');
    expect(posted.createdThread).toBe(false);
    expect(posted.orphanRootId).not.toBeNull();
    expect(await registry.get(KEY)).toBe(posted.threadId);
    expect(thread(posted.threadId)).toEqual([
      ['Direktør', '<p>Hurtigst</p>'],
      ['Sekretær', '<p>Langsomst</p>'],
    ]);
  });

  it.each([
    ['a closed point', { item: { ...item, closed: true } }, ClosedPointError],
    ['an empty comment', { text: '  \n ' }, RangeError],
  ])('refuses %s and posts nothing', async (_, over, error) => {
    const { channel, registry, as } = setup();
    await expect(as('Sekretær', 'x', over)).rejects.toBeInstanceOf(error);
    expect(channel.roots()).toEqual([]);
    expect(registry.recorded().size).toBe(0);
  });
});
