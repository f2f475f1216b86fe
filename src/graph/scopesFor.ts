// The least delegated permissions each Graph request needs (REFERENCE.md §3), so the tab asks for a
// scope only when the user first does what needs it: reading needs Files.Read.All and Sites.Read.All,
// saving a decision Sites.ReadWrite.All, a comment ChannelMessage.Send, pinning TeamsTab.Create …

export const READ_SCOPES = ['Files.Read.All', 'Sites.Read.All'] as const;

// Checked in order; the first rule whose method and path match gives the scopes.
// prettier-ignore
const RULES: [method: RegExp, path: RegExp, scopes: string[]][] = [
  [/^POST$/, /^\/sites\/[^/]+\/lists$/, ['Sites.Manage.All']],
  [/^POST$/, /^\/sites\/[^/]+\/lists\/[^/]+\/columns$/, ['Sites.Manage.All']],
  [/^(POST|PATCH|PUT|DELETE)$/, /^\/sites\/[^/]+\/lists\/[^/]+\/items/, ['Sites.ReadWrite.All']],
  // Saving the referat beside the agenda (driveitem-put-content.md accepts Files.ReadWrite.All or
  // Sites.ReadWrite.All): the one decisions already need, so the user is not asked to consent again.
  [/^PUT$/, /^\/drives\/[^/]+\/items\/.+\/content$/, ['Sites.ReadWrite.All']],
  [/^GET$/, /^\/sites\//, ['Sites.Read.All']],
  [/^GET$/, /^\/groups\/[^/]+\/sites\//, ['Sites.Read.All']],
  [/^GET$/, /^\/(teams\/[^/]+\/channels\/[^/]+\/filesFolder|drives\/)/, ['Files.Read.All']],
  [/^POST$/, /^\/teams\/[^/]+\/channels\/[^/]+\/messages/, ['ChannelMessage.Send']],
  [/^GET$/, /^\/teams\/[^/]+\/channels\/[^/]+\/messages/, ['ChannelMessage.Read.All']],
  [/^POST$/, /^\/teams\/[^/]+\/channels\/[^/]+\/tabs$/, ['TeamsTab.Create']],
  [/^GET$/, /^\/teams\/[^/]+\/channels\/[^/]+\/tabs/, ['TeamsTab.Read.All']],
  [/^GET$/, /^\/teams\/[^/]+\/installedApps/, ['TeamsAppInstallation.ReadForTeam']],
  [/^POST$/, /^\/chats\/[^/]+\/(messages|pinnedMessages)$/, ['ChatMessage.Send']],
  [/^GET$/, /^\/chats\/[^/]+\/(messages|pinnedMessages)/, ['Chat.Read']],
  [/^GET$/, /^\/chats\/[^/]+$/, ['Chat.ReadBasic']],
  // The owner picker's directory search (user-list.md): the basic profile, which needs no administrator.
  [/^GET$/, /^\/users$/, ['User.ReadBasic.All']],
];

/** The scopes of one request (method and path under /v1.0, query ignored); the read scopes when unknown. */
export function scopesFor(method: string, path: string): string[] {
  const bare = path
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/^\/v1\.0/, '')
    .split('?')[0]!;
  const rule = RULES.find(([verb, pattern]) => verb.test(method.toUpperCase()) && pattern.test(bare));
  return rule ? rule[2] : [...READ_SCOPES];
}

/** The scopes of a JSON $batch: those of every request in it, each once. */
export function scopesForBatch(requests: readonly { method: string; url: string }[]): string[] {
  return [...new Set(requests.flatMap((request) => scopesFor(request.method, request.url)))].sort();
}
