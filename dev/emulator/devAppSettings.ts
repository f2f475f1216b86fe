// The tab's CHEFFORUM_* settings for a build that runs against an emulator: its address, the seeded
// team and channel, and the development sign-in as the forum's secretary.
import { SEED } from './seed';

export function devAppSettings(emulatorUrl: string): Record<string, string> {
  const secretary = SEED.users.secretary;
  return {
    CHEFFORUM_GRAPH_URL: emulatorUrl,
    CHEFFORUM_TEAM_ID: SEED.teamId,
    CHEFFORUM_CHANNEL_ID: SEED.channelId,
    CHEFFORUM_APP_ID: SEED.app.externalId,
    CHEFFORUM_DEV_USER: JSON.stringify({
      oid: secretary.id,
      upn: secretary.userPrincipalName,
      name: secretary.displayName,
    }),
  };
}
