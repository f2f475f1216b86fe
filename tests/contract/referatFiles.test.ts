// Saving and announcing a referat through the Graph adapters, against the emulator: a new file beside
// the agenda, never an overwrite (graph docs api-reference/v1.0/api/driveitem-put-content.md; OneDrive API
// docs api/driveitem_put_content.md "Conflict Resolution Behavior": conflictBehavior=fail → 409
// nameAlreadyExists), a replace only over the eTag that was read (If-Match → 412, concepts/errors.md),
// and an announcement found again by its subject (chatmessage-post.md, channel-list-messages.md).
import { SEED } from '../../dev/emulator/seed';
import { channelAnnouncements } from '../../src/graph/graphAnnouncements';
import { channelReferatFolder } from '../../src/graph/graphReferatFiles';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ retry: { baseDelayMs: 5, maxDelayMs: 1000, maxAttempts: 5 } });
const connection = () => emulator.connect();
const bytes = (text: string) => new TextEncoder().encode(text);
const NAME = 'Referat Chefforum 09-09-2027.docx';

it('creates the referat beside the agenda, refuses the same name, and replaces only the version read', async () => {
  const folder = channelReferatFolder(connection(), { teamId: SEED.teamId, channelId: SEED.channelId });
  expect(await folder.find(NAME)).toBeNull();
  const created = await folder.create(NAME, bytes('første'));
  if (created === 'exists') throw new Error('expected a new file');
  expect(created.name).toBe(NAME);
  expect((await folder.find(NAME))?.id).toBe(created.id);
  expect(await folder.create(NAME, bytes('anden'))).toBe('exists');
  expect(new TextDecoder().decode(await folder.read(created))).toBe('første');

  const replaced = await folder.replace(created, bytes('tredje'));
  if (replaced === 'changed') throw new Error('expected the replace to go through');
  expect(replaced.eTag).not.toBe(created.eTag);
  expect(await folder.replace(created, bytes('fjerde'))).toBe('changed'); // stale eTag
  expect(new TextDecoder().decode(await folder.read(replaced))).toBe('tredje');
});

it('posts an announcement with its subject and finds it again', async () => {
  const channel = channelAnnouncements(connection(), SEED.teamId, SEED.channelId);
  const subject = 'Referat Chefforum 09-09-2027 er udgivet';
  expect(await channel.find(subject)).toBeNull();
  const posted = await channel.post(subject, '<p>Referatet er udgivet</p>');
  expect(await channel.find(subject)).toEqual({ id: posted.id });
});
