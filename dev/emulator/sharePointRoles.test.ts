// SharePoint's permissions in the emulator, over HTTP as a client meets them: each seeded role
// assignment (seedRoles.ts) is tried row by row with what its permission level allows and refuses
// (Microsoft's default levels: learn.microsoft.com/sharepoint/understanding-permission-levels), and the
// issue's rule — the secretary and the director write, the chiefs read — is checked apart from the
// table, so a wrong row fails one or the other. A refusal is Graph's SharePoint answer: 403 accessDenied
// "Access denied" (microsoft-graph-docs-contrib issue #5062; concepts/errors.md, code accessDenied).
import { SEED } from './seed';
import { type RoleHolder, SEEDED_ROLES } from './seedRoles';
import { listItemRolesKey, type PermissionLevel, type StoredRoles } from './sharePointRoles';
import { type SeedUser, SITE, startTestEmulator, type TestEmulator } from './testing/testEmulator';

let graph: TestEmulator;
let folderPath: string;
const LIST = `${SITE}/lists/${encodeURIComponent('Chefforum beslutninger')}`;
const PUBLICATIONS = `${SITE}/lists/${encodeURIComponent('Chefforum udgivelser')}`;
const THREADS = `${SITE}/lists/${encodeURIComponent('Chefforum tråde')}`;
type Target = 'decision list' | 'publication list' | 'thread list' | 'channel folder';
const LIST_OF: Record<Target, string> = {
  'decision list': LIST,
  'publication list': PUBLICATIONS,
  'thread list': THREADS,
  'channel folder': LIST,
};

beforeAll(async () => {
  graph = await startTestEmulator();
  // The app makes the list on its first save (here the secretary's); the administrator's settings hold.
  for (const displayName of ['Chefforum beslutninger', 'Chefforum udgivelser', 'Chefforum tråde']) {
    const made = await graph.call('POST', `${SITE}/lists`, {
      body: {
        displayName,
        columns: [{ name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true }],
        list: { template: 'genericList' },
      },
    });
    expect(made.status).toBe(201);
  }
  const folder = await graph.call(
    'GET',
    `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/filesFolder`,
  );
  folderPath = `/drives/${folder.body.parentReference.driveId}/items/${folder.body.id}`;
});
afterAll(() => graph.close());

let serial = 0;
/** An item the secretary made, for someone else to change or delete. */
async function itemOfSecretary(list = LIST): Promise<string> {
  const made = await graph.call('POST', `${list}/items`, {
    body: { fields: { Title: 'Punkt', DecisionKey: `2027-01-14#${(serial += 1)}` } },
  });
  expect(made.status).toBe(201);
  return made.body.id as string;
}

/** What each operation answers the user: its status. */
const tries = {
  readItems: async (as: SeedUser, list = LIST) => (await graph.call('GET', `${list}/items`, { as })).status,
  createItem: async (as: SeedUser, list = LIST) =>
    (
      await graph.call('POST', `${list}/items`, {
        as,
        body: { fields: { Title: as, DecisionKey: `ny#${(serial += 1)}` } },
      })
    ).status,
  updateItem: async (as: SeedUser, list = LIST) =>
    (
      await graph.call('PATCH', `${list}/items/${await itemOfSecretary(list)}/fields`, {
        as,
        body: { Title: `ændret af ${as}` },
      })
    ).status,
  deleteItem: async (as: SeedUser, list = LIST) =>
    (await graph.call('DELETE', `${list}/items/${await itemOfSecretary(list)}`, { as })).status,
  addColumn: async (as: SeedUser, list = LIST) =>
    (
      await graph.call('POST', `${list}/columns`, {
        as,
        body: { name: `Kolonne${(serial += 1)}`, text: {} },
      })
    ).status,
  uploadFile: async (as: SeedUser) =>
    (
      await graph.call('PUT', `${folderPath}:/${encodeURIComponent(`fil-${(serial += 1)}.txt`)}:/content`, {
        as,
        body: 'tekst',
      })
    ).status,
  listFolder: async (as: SeedUser) => (await graph.call('GET', `${folderPath}/children`, { as })).status,
};
type Operation = keyof typeof tries;

// What each default level lets its holder do, as Microsoft describes the levels (written here, not
// taken from the emulator's own table).
const LIST_LEVELS: Record<PermissionLevel, Operation[]> = {
  read: ['readItems'],
  contribute: ['readItems', 'createItem', 'updateItem', 'deleteItem'],
  edit: ['readItems', 'createItem', 'updateItem', 'deleteItem', 'addColumn'],
  fullControl: ['readItems', 'createItem', 'updateItem', 'deleteItem', 'addColumn'],
};
const FOLDER_LEVELS: Record<PermissionLevel, Operation[]> = {
  read: ['listFolder'],
  contribute: ['listFolder', 'uploadFile'],
  edit: ['listFolder', 'uploadFile'],
  fullControl: ['listFolder', 'uploadFile'],
};
const ALLOWED: Record<PermissionLevel, Record<Target, Operation[]>> = Object.fromEntries(
  (Object.keys(LIST_LEVELS) as PermissionLevel[]).map((level) => [
    level,
    {
      'decision list': LIST_LEVELS[level],
      'publication list': LIST_LEVELS[level],
      'thread list': LIST_LEVELS[level],
      'channel folder': FOLDER_LEVELS[level],
    },
  ]),
) as Record<PermissionLevel, Record<Target, Operation[]>>;
const OPERATIONS: Record<Target, Operation[]> = {
  'decision list': LIST_LEVELS.edit,
  'publication list': LIST_LEVELS.edit,
  'thread list': LIST_LEVELS.edit,
  'channel folder': FOLDER_LEVELS.edit,
};

/** A seeded user the row speaks of; for 'members', a member no row names. */
function userOf(holder: RoleHolder): SeedUser {
  if (holder !== 'members') return holder;
  const named = new Set(SEEDED_ROLES.map((row) => row.to));
  return (Object.keys(SEED.users) as SeedUser[]).find((user) => user !== 'outsider' && !named.has(user))!;
}

it.each(SEEDED_ROLES.map((row) => [row.on, row.to, row.level, row] as const))(
  '%s: %s holds %s, and is let do exactly what it allows',
  async (on, to, level) => {
    const user = userOf(to);
    for (const operation of OPERATIONS[on]) {
      const status = await tries[operation](user, LIST_OF[on]);
      const allowed = ALLOWED[level][on].includes(operation);
      expect([operation, status < 300 ? 'allowed' : status]).toEqual([operation, allowed ? 'allowed' : 403]);
    }
  },
);

// The issue's rule, apart from the table: the secretary and the director write decisions and files,
// every other member reads, and someone outside the team gets nothing.
it.each([
  ['secretary', true],
  ['director', true],
  ['finance', false],
  ['schools', false],
] as const)('%s may write the decision list and the channel folder: %s', async (user, writes) => {
  expect(await tries.readItems(user)).toBe(200);
  for (const operation of ['createItem', 'updateItem', 'deleteItem', 'uploadFile'] as const) {
    const status = await tries[operation](user);
    expect([operation, status < 300 ? 'allowed' : status]).toEqual([operation, writes ? 'allowed' : 403]);
  }
});

it('refuses a chief’s write with Graph’s SharePoint body and leaves the item as it was', async () => {
  const id = await itemOfSecretary();
  const refused = await graph.call('PATCH', `${LIST}/items/${id}/fields`, {
    as: 'finance',
    body: { Title: 'Ændret af en chef' },
  });
  expect(refused.status).toBe(403);
  expect(refused.body.error).toMatchObject({ code: 'accessDenied', message: 'Access denied' });
  expect(refused.body.error.innerError).toEqual({
    date: expect.any(String),
    'request-id': expect.any(String),
  });
  const item = await graph.call('GET', `${LIST}/items/${id}?$expand=fields`);
  expect(item.body.fields.Title).toBe('Punkt');
  expect(item.body.lastModifiedBy.user.id).toBe(SEED.users.secretary.id);
});

it('keeps the site’s default for other lists: every member of the team writes them (a team site’s Members)', async () => {
  const other = `${SITE}/lists/${encodeURIComponent('Chefforum mødeforløb')}`;
  expect(
    (await graph.call('POST', `${SITE}/lists`, { body: { displayName: 'Chefforum mødeforløb' } })).status,
  ).toBe(201);
  const made = await graph.call('POST', `${other}/items`, {
    as: 'finance',
    body: { fields: { Title: 'x' } },
  });
  expect(made.status).toBe(201);
  expect(
    (await graph.call('POST', `${other}/items`, { as: 'outsider', body: { fields: { Title: 'x' } } })).status,
  ).toBe(403);
});

it('honours an item’s own permissions over its list’s: a chief given Contribute on one decision edits that one only', async () => {
  const mine = await itemOfSecretary();
  const other = await itemOfSecretary();
  const list = await graph.call('GET', LIST);
  const key = listItemRolesKey(list.body.id, mine);
  graph.journal.put('roleAssignments', key, {
    key,
    assignments: [{ principal: SEED.users.finance.id, level: 'contribute' }],
  } satisfies StoredRoles);
  const edit = (id: string) =>
    graph.call('PATCH', `${LIST}/items/${id}/fields`, { as: 'finance', body: { Title: 'Chefens egen' } });
  expect([(await edit(mine)).status, (await edit(other)).status]).toEqual([200, 403]);
});
