// The delegated permissions each emulated Graph API needs, and the tenant's consent, checked for every
// request (the inner requests of a $batch too) before it reaches its route. Each row is the
// "Permissions" table of the API's page in microsoftgraph/microsoft-graph-docs-contrib
// (api-reference/v1.0/api/<page>.md): the least privileged delegated permission first, then the higher
// privileged ones the page also accepts. Which permissions need an administrator's consent is taken from
// Microsoft's permissions reference (concepts/permissions-reference.md; its data in
// microsoftgraph/microsoft-graph-devx-content permissions.json, "isAdmin" of the delegated scope).
// What the signed-in user may do in SharePoint itself (a list's or a folder's permissions) is checked
// by the routes that write, in sharePointRoles.ts.
import { graphError, type EmulatorResponse } from './http';

const SITES_READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const SITES_WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const FILES_READ = [
  'Files.Read',
  'Files.ReadWrite',
  'Files.Read.All',
  'Files.ReadWrite.All',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
];

interface PermissionRow {
  method: string;
  /** The route's path, with `{name}` for one segment and `{name+}` for the rest. */
  path: string;
  /** Least privileged first. */
  accepted: string[];
  /** The page under api-reference/v1.0/api/ whose table this is. */
  doc: string;
}

// prettier-ignore
export const PERMISSIONS: PermissionRow[] = [
  { method: 'GET', path: '/sites/{host}:/{path+}', accepted: SITES_READ, doc: 'site-getbypath.md' },
  { method: 'GET', path: '/sites/{site}', accepted: SITES_READ, doc: 'site-get.md' },
  { method: 'GET', path: '/groups/{group}/sites/root', accepted: SITES_READ, doc: 'site-get.md' },
  { method: 'GET', path: '/sites/{site}/drive', accepted: FILES_READ, doc: 'drive-get.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}/filesFolder', accepted: ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'], doc: 'channel-get-filesfolder.md' },
  { method: 'GET', path: '/drives/{drive}/items/{item}', accepted: FILES_READ, doc: 'driveitem-get.md' },
  { method: 'GET', path: '/drives/{drive}/items/{item}/children', accepted: FILES_READ, doc: 'driveitem-list-children.md' },
  { method: 'GET', path: '/drives/{drive}/items/{item}/content', accepted: FILES_READ, doc: 'driveitem-get-content.md' },
  { method: 'PUT', path: '/drives/{drive}/items/{parent}:/{name}:/content', accepted: ['Files.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'], doc: 'driveitem-put-content.md' },
  { method: 'PUT', path: '/drives/{drive}/items/{item}/content', accepted: ['Files.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'], doc: 'driveitem-put-content.md' },
  { method: 'GET', path: '/sites/{site}/lists', accepted: SITES_READ, doc: 'list-list.md' },
  { method: 'POST', path: '/sites/{site}/lists', accepted: ['Sites.Manage.All'], doc: 'list-create.md' },
  { method: 'GET', path: '/sites/{site}/lists/{list}', accepted: SITES_READ, doc: 'list-get.md' },
  { method: 'GET', path: '/sites/{site}/lists/{list}/columns', accepted: SITES_READ, doc: 'list-list-columns.md' },
  { method: 'POST', path: '/sites/{site}/lists/{list}/columns', accepted: ['Sites.Manage.All', 'Sites.FullControl.All'], doc: 'list-post-columns.md' },
  { method: 'GET', path: '/sites/{site}/lists/{list}/items', accepted: SITES_READ, doc: 'listitem-list.md' },
  { method: 'POST', path: '/sites/{site}/lists/{list}/items', accepted: SITES_WRITE, doc: 'listitem-create.md' },
  { method: 'GET', path: '/sites/{site}/lists/{list}/items/{item}', accepted: SITES_READ, doc: 'listitem-get.md' },
  { method: 'PATCH', path: '/sites/{site}/lists/{list}/items/{item}/fields', accepted: SITES_WRITE, doc: 'listitem-update.md' },
  { method: 'DELETE', path: '/sites/{site}/lists/{list}/items/{item}', accepted: SITES_WRITE, doc: 'listitem-delete.md' },
  { method: 'GET', path: '/teams/{team}', accepted: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All'], doc: 'team-get.md' },
  { method: 'GET', path: '/teams/{team}/channels', accepted: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All'], doc: 'channel-list.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}', accepted: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All'], doc: 'channel-get.md' },
  { method: 'POST', path: '/teams/{team}/channels/{channel}/messages', accepted: ['ChannelMessage.Send'], doc: 'chatmessage-post.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}/messages', accepted: ['ChannelMessage.Read.All'], doc: 'channel-list-messages.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}/messages/{message}', accepted: ['ChannelMessage.Read.All'], doc: 'chatmessage-get.md' },
  { method: 'POST', path: '/teams/{team}/channels/{channel}/messages/{message}/replies', accepted: ['ChannelMessage.Send'], doc: 'chatmessage-post-replies.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}/messages/{message}/replies', accepted: ['ChannelMessage.Read.All'], doc: 'chatmessage-list-replies.md' },
  { method: 'GET', path: '/teams/{team}/installedApps', accepted: ['TeamsAppInstallation.ReadForTeam', 'TeamsAppInstallation.ReadWriteSelfForTeam', 'TeamsAppInstallation.ReadWriteForTeam', 'TeamsAppInstallation.ReadWriteAndConsentSelfForTeam', 'TeamsAppInstallation.ReadWriteAndConsentForTeam'], doc: 'team-list-installedapps.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}/tabs', accepted: ['TeamsTab.Read.All', 'TeamsTab.ReadWriteSelfForTeam', 'TeamsTab.ReadWriteForTeam', 'TeamsTab.ReadWrite.All'], doc: 'channel-list-tabs.md' },
  { method: 'GET', path: '/teams/{team}/channels/{channel}/tabs/{tab}', accepted: ['TeamsTab.Read.All', 'TeamsTab.ReadWriteForTeam', 'TeamsTab.ReadWrite.All'], doc: 'channel-get-tabs.md' },
  { method: 'POST', path: '/teams/{team}/channels/{channel}/tabs', accepted: ['TeamsTab.Create', 'TeamsTab.ReadWriteForTeam', 'TeamsTab.ReadWrite.All'], doc: 'channel-post-tabs.md' },
  { method: 'DELETE', path: '/teams/{team}/channels/{channel}/tabs/{tab}', accepted: ['TeamsTab.ReadWriteSelfForTeam', 'TeamsTab.ReadWriteForTeam', 'TeamsTab.ReadWrite.All'], doc: 'channel-delete-tabs.md' },
  { method: 'GET', path: '/chats/{chat}', accepted: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'], doc: 'chat-get.md' },
  { method: 'POST', path: '/chats/{chat}/messages', accepted: ['ChatMessage.Send', 'Chat.ReadWrite'], doc: 'chat-post-messages.md' },
  { method: 'GET', path: '/chats/{chat}/messages', accepted: ['Chat.Read', 'Chat.ReadWrite'], doc: 'chat-list-messages.md' },
  { method: 'GET', path: '/chats/{chat}/messages/{message}', accepted: ['ChatMessage.Read', 'Chat.Read', 'Chat.ReadWrite'], doc: 'chatmessage-get.md' },
  { method: 'PATCH', path: '/chats/{chat}/messages/{message}', accepted: ['Chat.ReadWrite'], doc: 'chatmessage-update.md' },
  { method: 'POST', path: '/chats/{chat}/messages/{message}/setReaction', accepted: ['Chat.ReadWrite', 'ChatMessage.Send'], doc: 'chatmessage-setreaction.md' },
  { method: 'GET', path: '/chats/{chat}/pinnedMessages', accepted: ['ChatMessage.Read', 'Chat.Read', 'Chat.ReadWrite'], doc: 'chat-list-pinnedmessages.md' },
  { method: 'GET', path: '/users', accepted: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'], doc: 'user-list.md' },
  { method: 'POST', path: '/chats/{chat}/pinnedMessages', accepted: ['ChatMessage.Send', 'Chat.ReadWrite'], doc: 'chat-post-pinnedmessages.md' },
];

/** Delegated permissions among those above that only an administrator can consent to. */
export const ADMIN_CONSENT_ONLY: readonly string[] = [
  'Sites.FullControl.All',
  'ChannelMessage.Read.All',
  'TeamSettings.Read.All',
  'TeamSettings.ReadWrite.All',
  'ChannelSettings.ReadWrite.All',
  'TeamsTab.Create',
  'TeamsTab.Read.All',
  'TeamsTab.ReadWriteSelfForTeam',
  'TeamsTab.ReadWriteForTeam',
  'TeamsTab.ReadWrite.All',
  'TeamsAppInstallation.ReadForTeam',
  'TeamsAppInstallation.ReadWriteSelfForTeam',
  'TeamsAppInstallation.ReadWriteForTeam',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForTeam',
  'TeamsAppInstallation.ReadWriteAndConsentForTeam',
  // User.ReadBasic.All is the one of user-list.md's delegated permissions a user may consent to.
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

/** Every permission the table names: what a development token for "everything" carries. */
export const ALL_SCOPES: readonly string[] = [...new Set(PERMISSIONS.flatMap((row) => row.accepted))].sort();

const compiled = PERMISSIONS.map((row) => ({
  ...row,
  pattern: new RegExp(
    `^${row.path.replace(/[.$]/g, '\\$&').replace(/\{\w+(\+)?\}/g, (_, rest?: string) => (rest ? '.+' : '[^/]+'))}$`,
  ),
}));

/** The row for a request, or undefined when the emulator has none (its route is then refused). */
export function permissionRow(method: string, path: string): PermissionRow | undefined {
  return compiled.find((row) => row.method === method && row.pattern.test(path));
}

/**
 * The scopes a token may use in this tenant: those it carries that are consented. A user consents to a
 * user-consentable scope by asking for it; one that needs an administrator counts only when granted.
 */
export function grantedScopes(tokenScopes: readonly string[], adminConsent: readonly string[]): string[] {
  return tokenScopes.filter((scope) => !ADMIN_CONSENT_ONLY.includes(scope) || adminConsent.includes(scope));
}

/**
 * Null when the token's granted scopes allow the request; else Graph's 403. Teams APIs name the
 * permissions they require ("Missing scope permissions on the request. API requires one of '…'. Scopes on
 * the request '…'", code Forbidden: microsoft-graph-docs-contrib issue #3379, MSTeamsChatExporter#9);
 * SharePoint and OneDrive answer accessDenied / "Access denied" (microsoft-graph-docs-contrib #9064).
 */
export function refusal(method: string, path: string, granted: readonly string[]): EmulatorResponse | null {
  const row = permissionRow(method, path);
  if (!row)
    return graphError(403, 'Forbidden', `The emulator knows no permission for ${method} ${path}; add a row.`);
  if (row.accepted.some((scope) => granted.includes(scope))) return null;
  if (/^\/(teams|chats)\//.test(path)) {
    return graphError(
      403,
      'Forbidden',
      `Missing scope permissions on the request. API requires one of '${row.accepted.join(', ')}'. Scopes on the request '${granted.join(', ')}'`,
    );
  }
  return graphError(403, 'accessDenied', 'Access denied');
}
