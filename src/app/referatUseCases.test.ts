// The referat's use cases against in-memory twins of their ports: writing never overwrites, replacing
// only the version the user saw, and publishing that pins and announces once however often it runs.
import type { Decision } from '../domain/decisions/decision';
import { decisionFromPoint } from '../domain/decisions/decision';
import { agendaItem, meetingOf } from '../domain/testing/meetingBuilders';
import { testPostWords } from '../domain/testing/postWords';
import { publishReferat, type PublishPorts } from './publishReferat';
import { memoryAnnouncements, memoryFolder, memoryPinner, textWriter } from './testing/memoryReferatPorts';
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
  function ports() {
    const files = memoryFolder();
    const pins = memoryPinner();
    const channel = memoryAnnouncements();
    const publish: PublishPorts = {
      folder: files.folder,
      writer: textWriter,
      pinner: pins.pinner,
      announcements: channel.announcements,
      pointLink: (date, number) => `https://teams.microsoft.com/l/entity/a/b?point=${date}-${number}`,
      postWords: testPostWords,
    };
    return { publish, files, pins, channel };
  }

  it('saves, pins and announces once, however often it is clicked', async () => {
    const { publish, pins, channel, files } = ports();
    const plan = await planReferat(meeting, decisions, publish.folder);
    const first = await publishReferat(meeting, plan, publish);
    expect(first).toMatchObject({ status: 'published', pin: 'pinned', announcement: 'posted' });
    const second = await publishReferat(meeting, plan, publish);
    expect(second).toMatchObject({
      status: 'published',
      pin: 'already-pinned',
      announcement: 'already-posted',
    });
    expect([files.count(), pins.tabs.size, channel.posted.length]).toEqual([1, 1, 1]);
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

  it('stops before pinning when another referat of the meeting is there', async () => {
    const { publish, files, pins, channel } = ports();
    files.edit(NAME, 'En anden udgave');
    const plan = await planReferat(meeting, decisions, publish.folder);
    expect(await publishReferat(meeting, plan, publish)).toMatchObject({ status: 'exists' });
    expect([pins.tabs.size, channel.posted.length]).toEqual([0, 0]);
  });
});
