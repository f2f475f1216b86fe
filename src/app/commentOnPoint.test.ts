import { decisionKey } from '../domain/decisions/decision';
import { memoryDecisionStore } from '../domain/decisions/memoryDecisionStore';
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
  const as = (author: string, text: string, over: Partial<CommentOnPoint> = {}) =>
    commentOnPoint({
      threads: channel.as(author),
      decisions,
      meeting,
      item,
      link: LINK,
      postWords: testPostWords,
      sourceUrl: 'https://kommune.sharepoint.com/referat.pdf',
      text,
      ...over,
    });
  const thread = (rootId: string) =>
    channel.repliesTo(rootId).map((reply) => [reply.author, reply.html] as const);
  return { channel, decisions, as, thread };
}

describe('commenting on a point', () => {
  it('creates the thread and the decision on the first comment, and records the thread in it', async () => {
    const { channel, decisions, as, thread } = setup();
    const posted = await as('Sekretær', 'Første kommentar');
    expect(posted).toMatchObject({ createdThread: true, orphanRootId: null });
    expect(channel.roots().map((root) => root.subject)).toEqual(['Item 4: Budget 2021']);
    expect(thread(posted.threadId)).toEqual([['Sekretær', '<p>Første kommentar</p>']]);
    expect((await decisions.get(KEY))?.decision).toMatchObject({
      title: 'Budget 2021',
      decision: 'Godkendt.',
      threadId: posted.threadId,
    });
  });

  it('puts later comments in the same thread, and keeps the decision as it was', async () => {
    const { channel, decisions, as, thread } = setup();
    const first = await as('Sekretær', 'Første');
    const stored = (await decisions.get(KEY))!;
    await decisions.save(stored, { ...stored.decision, owner: 'Chefen for Økonomi & Stab' });
    const second = await as('Direktør', 'Anden\nlinje');
    expect(second).toMatchObject({ threadId: first.threadId, createdThread: false, orphanRootId: null });
    expect(channel.roots()).toHaveLength(1);
    expect(thread(first.threadId)).toEqual([
      ['Sekretær', '<p>Første</p>'],
      ['Direktør', '<p>Anden<br>linje</p>'],
    ]);
    expect((await decisions.get(KEY))?.decision.owner).toBe('Chefen for Økonomi & Stab');
  });

  it('ends with one thread holding both comments when two members comment at once', async () => {
    const { channel, decisions, as, thread } = setup();
    const [a, b] = await Promise.all([as('Sekretær', 'A'), as('Direktør', 'B')]);
    expect(a.threadId).toBe(b.threadId);
    expect([a.createdThread, b.createdThread].sort()).toEqual([false, true]);
    expect((await decisions.get(KEY))?.decision.threadId).toBe(a.threadId);
    expect(
      thread(a.threadId)
        .map(([author]) => author)
        .sort(),
    ).toEqual(['Direktør', 'Sekretær']);
    const orphans = channel.roots().filter((root) => root.id !== a.threadId);
    expect(orphans.map((root) => root.id)).toEqual([a.orphanRootId ?? b.orphanRootId]);
    expect(orphans.flatMap((root) => channel.repliesTo(root.id))).toEqual([]);
  });

  it('keeps its thread when someone edits the decision while the root is posted', async () => {
    let edit: (() => Promise<void>) | null = null;
    const channel = memoryChannel({ onCreateRoot: async () => edit?.() });
    const { decisions, as } = setup(channel);
    edit = async () => {
      const read = (await decisions.get(KEY))!;
      await decisions.save(read, { ...read.decision, status: 'Gul' });
    };
    const posted = await as('Sekretær', 'Kommentar');
    expect(posted).toMatchObject({ createdThread: true, orphanRootId: null });
    expect((await decisions.get(KEY))?.decision).toMatchObject({ status: 'Gul', threadId: posted.threadId });
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
    const { decisions, as, thread } = setup(channel);
    other = () => as('Direktør', 'Hurtigst');
    const posted = await as('Sekretær', 'Langsomst');
    expect(posted.createdThread).toBe(false);
    expect(posted.orphanRootId).not.toBeNull();
    expect((await decisions.get(KEY))?.decision.threadId).toBe(posted.threadId);
    expect(thread(posted.threadId)).toEqual([
      ['Direktør', '<p>Hurtigst</p>'],
      ['Sekretær', '<p>Langsomst</p>'],
    ]);
  });

  it.each([
    ['a closed point', { item: { ...item, closed: true } }, ClosedPointError],
    ['an empty comment', { text: '  \n ' }, RangeError],
  ])('refuses %s and posts nothing', async (_, over, error) => {
    const { channel, decisions, as } = setup();
    await expect(as('Sekretær', 'x', over)).rejects.toBeInstanceOf(error);
    expect(channel.roots()).toEqual([]);
    expect(await decisions.get(KEY)).toBeNull();
  });
});
