// The scopes the app asks for each Graph call (src/graph/scopesFor.ts), checked against an independent
// source instead of a copy of the rules: each API page's "Permissions" table in
// microsoftgraph/microsoft-graph-docs-contrib (api-reference/v1.0/api/<page>.md), as the emulator keeps
// it (dev/emulator/permissions.ts, least privileged first). Every call asks only for permissions its page
// accepts; a read never asks for a write; and no call asks for more than the least privileged
// tenant-wide (".All") permission of its page, or for the one the app already holds for its SharePoint
// writes (Sites.ReadWrite.All, which also covers the referat's upload: one consent instead of two).
import { permissionRow } from '../../dev/emulator/permissions';
import { scopesFor } from '../../src/graph/scopesFor';

// Every request shape the adapters in src/graph make (paths as they send them, under /v1.0).
// prettier-ignore
const CALLS: [method: string, path: string][] = [
  ['GET', '/teams/t/channels/19%3Ac%40thread.tacv2/filesFolder'],
  ['GET', '/drives/b!x/items/i/children'],
  ['GET', '/drives/b!x/items/i'],
  ['GET', '/groups/g/sites/root'],
  ['GET', '/sites/s/lists/Chefforum%20beslutninger'],
  ['GET', '/sites/s/lists/l/items'],
  ['POST', '/sites/s/lists'],
  ['POST', '/sites/s/lists/l/items'],
  ['PATCH', '/sites/s/lists/l/items/7/fields'],
  ['PUT', '/drives/b!x/items/f:/Referat%20Chefforum%2014-01-2027.docx:/content'],
  ['PUT', '/drives/b!x/items/i/content'],
  ['POST', '/teams/t/channels/c/messages'],
  ['POST', '/teams/t/channels/c/messages/m/replies'],
  ['GET', '/teams/t/channels/c/messages/m/replies'],
  ['POST', '/teams/t/channels/c/tabs'],
  ['GET', '/teams/t/channels/c/tabs'],
  ['GET', '/teams/t/channels/c/tabs/x'],
  ['GET', '/teams/t/channels/c/messages/m'],
  ['GET', '/teams/t/installedApps'],
  ['POST', '/chats/19%3Ameeting/pinnedMessages'],
  ['GET', '/chats/c/messages'],
  ['GET', '/users'],
];

const WRITE = /ReadWrite|Manage|FullControl|Send|Create/;
const SHARED_WRITE = 'Sites.ReadWrite.All';

describe.each(CALLS)('%s %s', (method, path) => {
  const row = permissionRow(method, path);
  const asked = scopesFor(method, `/v1.0${path}`);

  it('is a call whose documented permissions are known', () => {
    expect(row?.doc).toMatch(/\.md$/);
  });

  it('asks only for permissions its Graph page accepts', () => {
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((scope) => !row!.accepted.includes(scope))).toEqual([]);
  });

  it('asks for no more than the least privileged tenant-wide permission (or the shared site write)', () => {
    const least = row!.accepted.find((scope) => scope.endsWith('.All')) ?? row!.accepted[0]!;
    const rank = (scope: string) => row!.accepted.indexOf(scope);
    for (const scope of asked)
      expect(rank(scope) <= rank(least) || scope === SHARED_WRITE ? 'least' : scope).toBe('least');
  });

  if (method === 'GET')
    it('reads without any write permission', () => {
      expect(asked.filter((scope) => WRITE.test(scope))).toEqual([]);
    });
});
