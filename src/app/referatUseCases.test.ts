// The referat's use cases against in-memory twins of their ports: writing never overwrites, replacing
// only the version the user saw, and publishing that pins and announces once however often it runs.
import type { Decision } from '../domain/decisions/decision';
import { decisionFromPoint } from '../domain/decisions/decision';
import { agendaItem, meetingOf } from '../domain/testing/meetingBuilders';
import { testPostWords } from '../domain/testing/postWords';
import { publishReferat, type PublishPorts } from './publishReferat';
import {
  memoryAnnouncements,
  memoryFolder,
  memoryPinner,
  memoryPublications,
  textWriter,
} from './testing/memoryReferatPorts';
import { planReferat, saveReferat } from './writeReferat';

const meeting = meetingOf(
  '2022-03-10',
  [
    agendaItem({ number: 1, title: 'Godkendelse af dagsorden og referat' }),
    agendaItem({ number: 2, title: 'Budget 2023' }),
    agendaItem({ number: 3, closed: true, title: 'Personsag' }),
    agendaItem({ number: 4, title: 'Arbejdsmiljø' }),
  ],
  { kind: 'dagsorden' },
);
const decided = (number: number, text: string): Decision => ({
  ...decisionFromPoint(meeting, meeting.items[number - 1]!, null)!,
  decision: text,
});
const decisions = [decided(1, 'Godkendt.'), decided(2, 'Budgettet blev godkendt.')];
const NAME = 'Referat Chefforum 10-03-2022.docx';

describe('writing the referat', () => {
  it('names the file and the points still without a decision, and saves it as a new file', async () => {
    const { folder, textOf } = memoryFolder();
    const plan = await planReferat(meeting, decisions, folder);
    expect(plan).toMatchObject({ fileName: NAME, undecided: [4], existing: null });
    const saved = await saveReferat(plan, { folder, writer: textWriter });
    expect(saved).toMatchObject({ status: 'saved', replaced: false, file: { name: NAME } });
    expect(textOf(NAME)).toContain('Budgettet blev godkendt.');
  });

  it('meets an edited referat of the meeting as "exists", and replaces it only as the user saw it', async () => {
    const { folder, edit, textOf } = memoryFolder();
    edit(NAME, 'Sekretærens egen udgave');
    const plan = await planReferat(meeting, decisions, folder);
    expect(plan.existing?.name).toBe(NAME);
    const saved = await saveReferat(plan, { folder, writer: textWriter });
    expect(saved).toEqual({ status: 'exists', existing: plan.existing });
    expect(textOf(NAME)).toBe('Sekretærens egen udgave');

    edit(NAME, 'Direktørens rettelse'); // changed after the user was asked
    expect(await saveReferat(plan, { folder, writer: textWriter }, plan.existing)).toEqual({
      status: 'changed',
    });
    expect(textOf(NAME)).toBe('Direktørens rettelse');

    const fresh = await planReferat(meeting, decisions, folder);
    const replaced = await saveReferat(fresh, { folder, writer: textWriter }, fresh.existing);
    expect(replaced).toMatchObject({ status: 'saved', replaced: true });
    expect(textOf(NAME)).toContain('Budgettet blev godkendt.');
  });

  it('takes a file that no longer reads as a document as changed, and leaves it', async () => {
    const { folder, edit, textOf } = memoryFolder();
    edit(NAME, 'x');
    const plan = await planReferat(meeting, decisions, folder);
    edit(NAME, 'UNREADABLE');
    const picky = {
      ...textWriter,
      text: async (bytes: Uint8Array) => {
        const text = await textWriter.text(bytes, NAME);
        if (text === 'UNREADABLE') throw new Error('not a document');
        return text;
      },
    };
    expect(await saveReferat(plan, { folder, writer: picky }, plan.existing)).toEqual({ status: 'changed' });
    expect(textOf(NAME)).toBe('UNREADABLE');
  });

  it('takes the same referat already there as saved (a retry after a lost answer)', async () => {
    const { folder, count } = memoryFolder();
    const plan = await planReferat(meeting, decisions, folder);
    const lossy = {
      ...folder,
      create: async (name: string, bytes: Uint8Array) => {
        await folder.create(name, bytes);
        throw Object.assign(new Error('connection lost'), { code: 'network' });
      },
    };
    await expect(saveReferat(plan, { folder: lossy, writer: textWriter })).rejects.toThrow('connection lost');
    expect(await saveReferat(plan, { folder, writer: textWriter })).toMatchObject({ status: 'unchanged' });
    expect(count()).toBe(1);
  });
});

describe('publishing the referat', () => {
  const SECRETARY = { id: 'u-secretary', name: 'Sekretær Sofie' };
  const DIRECTOR = { id: 'u-director', name: 'Direktør Dorthe' };
  function ports(me = SECRETARY) {
    let now = Date.parse('2022-03-11T09:00:00Z');
    let tokens = 0;
    const clock = () => now;
    const files = memoryFolder();
    const pins = memoryPinner();
    const channel = memoryAnnouncements(me.id, clock);
    const records = memoryPublications();
    const publish: PublishPorts = {
      folder: files.folder,
      writer: textWriter,
      pinner: pins.pinner,
      announcements: channel.announcements,
      publications: records.publications,
      me,
      clock,
      newToken: () => `token-${(tokens += 1)}`,
      pointLink: (date, number) => `https://teams.microsoft.com/l/entity/a/b?point=${date}-${number}`,
      postWords: testPostWords,
    };
    const as = (other: typeof me): PublishPorts => ({ ...publish, me: other });
    return { publish, files, pins, channel, records, as, later: (ms: number) => (now += ms) };
  }

  it('saves, pins and announces once, however often it is clicked, and keeps the ids it got', async () => {
    const { publish, pins, channel, files, records } = ports();
    const plan = await planReferat(meeting, decisions, publish.folder);
    const first = await publishReferat(meeting, plan, publish);
    expect(first).toMatchObject({ status: 'published', pin: { result: 'pinned' }, announcement: 'posted' });
    const second = await publishReferat(meeting, plan, publish);
    expect(second).toMatchObject({
      status: 'published',
      pin: { result: 'already-pinned' },
      announcement: 'already-posted',
      by: SECRETARY,
    });
    expect([files.count(), pins.tabs.size, channel.posted.length]).toEqual([1, 1, 1]);
    expect(records.stored.get('2022-03-10')?.publication).toMatchObject({
      tabId: 't1',
      messageId: channel.posted[0]!.id,
      claim: null,
      posting: null,
    });
    expect(channel.posted[0]!.subject).toBe('Referat Chefforum 10-03-2022 published');
    expect(channel.posted[0]!.html).toContain('point=2022-03-10-4');
    expect(channel.posted[0]!.html).toContain('<li>Item 3 (closed)</li>');
    expect(channel.posted[0]!.html).not.toContain('Personsag');
  });

  it('announces once when the answer to the announcement was lost and the user tries again', async () => {
    const { publish, channel } = ports();
    const plan = await planReferat(meeting, decisions, publish.folder);
    const lossy: PublishPorts = {
      ...publish,
      announcements: {
        ...publish.announcements,
        post: async (subject, html) => {
          await publish.announcements.post(subject, html);
          throw Object.assign(new Error('connection lost'), { code: 'network' });
        },
      },
    };
    await expect(publishReferat(meeting, plan, lossy)).rejects.toThrow('connection lost');
    expect(await publishReferat(meeting, plan, publish)).toMatchObject({ announcement: 'already-posted' });
    expect(channel.posted).toHaveLength(1);
  });

  it('announces once when two people publish at the same moment; the other is told who publishes', async () => {
    const { publish, channel, as } = ports();
    const plan = await planReferat(meeting, decisions, publish.folder);
    const results = await Promise.all([
      publishReferat(meeting, plan, publish),
      publishReferat(meeting, plan, as(DIRECTOR)),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['published', 'publishing']);
    expect(results.find((result) => result.status === 'publishing')).toMatchObject({ by: SECRETARY });
    expect(channel.posted).toHaveLength(1);
  });

  it('announces again when the kept announcement was deleted, and takes over a claim left long ago', async () => {
    const { publish, channel, records, as, later } = ports();
    const plan = await planReferat(meeting, decisions, publish.folder);
    await publishReferat(meeting, plan, publish);
    channel.posted.splice(0); // a member deleted the announcement
    const stale = records.stored.get('2022-03-10')!;
    stale.publication.claim = { token: 'gone', by: DIRECTOR, at: new Date(publish.clock()).toISOString() };
    expect(await publishReferat(meeting, plan, publish)).toMatchObject({
      status: 'publishing',
      by: DIRECTOR,
    });
    later(10 * 60 * 1000);
    expect(await publishReferat(meeting, plan, as(SECRETARY))).toMatchObject({ announcement: 'posted' });
    expect(channel.posted).toHaveLength(1);
  });

  it('checks a kept announcement id: a post that does not link this file is not taken for it', async () => {
    const { publish, channel, records } = ports();
    const plan = await planReferat(meeting, decisions, publish.folder);
    const fake = await publish.announcements.post('Referat Chefforum 10-03-2022 published', '<p>Andet</p>');
    await publishReferat(meeting, plan, publish);
    channel.posted.splice(1); // the real announcement is gone …
    records.stored.get('2022-03-10')!.publication.messageId = fake.id; // … and the record names another post
    expect(await publishReferat(meeting, plan, publish)).toMatchObject({ announcement: 'posted' });
    expect(channel.posted.map((each) => each.id)).toEqual([fake.id, 'm2']);
  });

  it('stops before pinning when another referat of the meeting is there', async () => {
    const { publish, files, pins, channel } = ports();
    files.edit(NAME, 'En anden udgave');
    const plan = await planReferat(meeting, decisions, publish.folder);
    expect(await publishReferat(meeting, plan, publish)).toMatchObject({ status: 'exists' });
    expect([pins.tabs.size, channel.posted.length]).toEqual([0, 0]);
  });
});
