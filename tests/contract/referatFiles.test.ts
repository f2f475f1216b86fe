// Saving and announcing a referat through the Graph adapters, against the emulator: a new file beside
// the agenda, never an overwrite (graph docs api-reference/v1.0/api/driveitem-put-content.md; OneDrive API
// docs api/driveitem_put_content.md "Conflict Resolution Behavior": conflictBehavior=fail → 409
// nameAlreadyExists), a replace only over the eTag that was read (If-Match → 412, concepts/errors.md),
// and an announcement found again by the id its post answered (chatmessage-post.md, chatmessage-get.md).
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

it('posts an announcement and reads it again by its id, with its author; an unknown id is null', async () => {
  const channel = channelAnnouncements(connection(), SEED.teamId, SEED.channelId);
  const posted = await channel.post('Referat Chefforum 09-09-2027 er udgivet', '<p>Referatet er udgivet</p>');
  expect(await channel.get(posted.id)).toMatchObject({
    id: posted.id,
    authorId: SEED.users.secretary.id,
    html: '<p>Referatet er udgivet</p>',
  });
  expect(await channel.get('1700000000000')).toBeNull();
  expect((await channel.latest()).map((each) => each.id)).toContain(posted.id);
});

it('the emulator refuses channel-message queries Graph does not take (only $top ≤ 50 and $expand)', async () => {
  const path = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/messages`;
  for (const query of ["$filter=subject eq 'x'", '$orderby=createdDateTime desc', '$top=51', '$search=x'])
    expect((await emulator.graph.call('GET', `${path}?${query}`)).status).toBe(400);
  expect((await emulator.graph.call('GET', `${path}?$top=50`)).status).toBe(200);
});
