// The address of the development tab pointed at a test emulator, signed in as one of the seed's users.
import { SEED } from '../../../dev/emulator/seed';
import type { SeedUser } from '../../../dev/emulator/testing/testEmulator';

export function tabAddress(
  appUrl: string,
  graphUrl: string,
  query = '',
  user: SeedUser = 'secretary',
): string {
  const who = SEED.users[user];
  const settings = new URLSearchParams({
    graph: graphUrl,
    team: SEED.teamId,
    channel: SEED.channelId,
    devUser: JSON.stringify({ oid: who.id, upn: who.userPrincipalName, name: who.displayName }),
  });
  return `${appUrl}?${settings.toString()}${query}`;
}
