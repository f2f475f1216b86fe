// Where the tab finds its documents and how it signs in. Fixed at build time from CHEFFORUM_* settings
// (webpack's DefinePlugin); a development build also takes them from the page address, so `npm start`
// and the browser tests can point it at a local Graph emulator.

export interface AppConfig {
  graphBaseUrl: string;
  teamId: string;
  channelId: string;
  /** The emulator's development sign-in; null in production, where MSAL signs in. */
  devUser: { oid: string; upn: string; name: string } | null;
}

declare const process: { env: Record<string, string | undefined> };

const built = {
  graph: process.env.CHEFFORUM_GRAPH_URL,
  team: process.env.CHEFFORUM_TEAM_ID,
  channel: process.env.CHEFFORUM_CHANNEL_ID,
  devUser: process.env.CHEFFORUM_DEV_USER,
  development: process.env.NODE_ENV !== 'production',
};

/** The configuration, or the names of the settings that are missing. */
export function readAppConfig(params: URLSearchParams): AppConfig | { missing: string[] } {
  const pick = (name: string, fallback: string | undefined) =>
    built.development ? (params.get(name) ?? fallback) : fallback;
  const teamId = pick('team', built.team);
  const channelId = pick('channel', built.channel);
  const devUserJson = pick('devUser', built.devUser);
  const missing = [!teamId && 'CHEFFORUM_TEAM_ID', !channelId && 'CHEFFORUM_CHANNEL_ID'].filter(
    (name): name is string => Boolean(name),
  );
  if (missing.length > 0) return { missing };
  return {
    graphBaseUrl: pick('graph', built.graph) || 'https://graph.microsoft.com',
    teamId: teamId!,
    channelId: channelId!,
    devUser: devUserJson ? (JSON.parse(devUserJson) as AppConfig['devUser']) : null,
  };
}
