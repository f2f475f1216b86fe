// What `npm start` tells the developer: where the tab and the emulator are, and a development token
// with the command line that uses it, so the CLI and curl reach the same emulator as the tab.
import { makeDevToken } from './emulator/devToken';
import { ALL_SCOPES } from './emulator/permissions';
import { SEED } from './emulator/seed';

export function startBanner(tabUrl: string, graphUrl: string): string {
  const secretary = SEED.users.secretary;
  const token = makeDevToken({
    oid: secretary.id,
    upn: secretary.userPrincipalName,
    name: secretary.displayName,
    scp: ALL_SCOPES.join(' '),
  });
  return [
    '',
    `Chefforum: ${tabUrl}  (signed in as ${secretary.displayName})`,
    `Graph emulator: ${graphUrl}/v1.0`,
    `Development token (${secretary.displayName}; the emulator only): ${token}`,
    `  referat import: GRAPH_TOKEN=${token} GRAPH_BASE_URL=${graphUrl} npm run referat -- import <files>`,
    `  curl: curl -H "Authorization: Bearer ${token}" ${graphUrl}/v1.0/teams/${SEED.teamId}`,
    '',
  ].join('\n');
}
