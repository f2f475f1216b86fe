// The emulator's permission table (dev/emulator/permissions.ts) checked row by row against Microsoft's
// own machine-readable permissions (microsoftgraph/microsoft-graph-devx-content
// permissions/new/permissions.json, which Graph Explorer and the permissions reference are built from;
// the extract in fixtures/delegatedPermissions.json names its commit). A row that accepts a permission
// Microsoft does not list for that request would make the emulator laxer than Graph: it fails here.
import microsoft from './fixtures/delegatedPermissions.json';
import { PERMISSIONS } from '../../dev/emulator/permissions';

const key = (method: string, path: string) => `${method} ${path.replace(/\{[^}]*\}/g, '{id}').toLowerCase()}`;

const SITES_HIGHER = ['Sites.Manage.All', 'Sites.FullControl.All'];
/**
 * Higher privileged permissions an API page's Permissions table lists (microsoft-graph-docs-contrib
 * api-reference/v1.0/api/<row's doc>) that permissions.json's pathSets leave out: for SharePoint, every
 * page names Sites.Manage.All and Sites.FullControl.All above the least privileged one; for a chat's
 * messages, chatmessage-get.md and chat-list-pinnedmessages.md name ChatMessage.Read.
 */
function alsoDocumented(method: string, path: string): string[] {
  if (path.startsWith('/sites/') || path.startsWith('/groups/{group}/sites')) return SITES_HIGHER;
  if (method === 'GET' && path.startsWith('/chats/{chat}/')) return ['ChatMessage.Read'];
  return [];
}

/** Requests permissions.json names no path for (chatmessage-setreaction.md is the row's only source). */
const NOT_IN_MICROSOFT_DATA = ['POST /chats/{chat}/messages/{message}/setReaction'];

describe.each(PERMISSIONS.map((row) => [`${row.method} ${row.path}`, row] as const))('%s', (name, row) => {
  const listed = (microsoft.delegated as Record<string, string[]>)[key(row.method, row.path)];

  it('accepts only permissions Microsoft lists (or its page documents) for it', () => {
    if (!listed) {
      expect(NOT_IN_MICROSOFT_DATA).toContain(name);
      return;
    }
    expect(row.accepted.filter((scope) => listed.includes(scope)).length).toBeGreaterThan(0);
    const documented = [...listed, ...alsoDocumented(row.method, row.path)];
    expect(row.accepted.filter((scope) => !documented.includes(scope))).toEqual([]);
  });
});
