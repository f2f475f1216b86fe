// Where the tab finds its documents and how it signs in. The team and channel come from Teams' context
// (else from the CHEFFORUM_* build settings, e.g. for a meeting chat); the folder and list name from the
// tab's own address, where the configuration page put them. A development build also takes the Graph
// address, a development user and the simulated host's origin from the page address, so `npm start`
// and the browser tests can point it at the local Graph emulator.
import type { TeamsContext } from '../../teams/teamsContext';
import { type TabSettings, tabSettingsOf } from '../features/config/tabSettings';

export interface AppConfig {
  graphBaseUrl: string;
  teamId: string;
  channelId: string;
  /** The group or meeting chat the tab is in, where comments and pins go instead of the channel. */
  chatId: string | null;
  settings: TabSettings;
  /** The emulator's development sign-in; null in production, where MSAL signs in. */
  devUser: { oid: string; upn: string; name: string } | null;
  /** The Entra app registration (MSAL). */
  clientId: string | null;
  /**
   * The app's id in deep links: Teams' own id for the running app (context.app.appId), which the deep
   * link docs want as the manifest id for an uploaded (sideloaded) app and the org catalog id for an
   * app from the org catalog (msteams-docs concepts/build-and-test/deep-link-application.md, "App ID for
   * different types of apps"); the manifest id when Teams gives none.
   */
  appId: string | null;
  /**
   * The manifest id (CHEFFORUM_APP_ID): the catalog entry's externalId, how the team's installation of
   * this app is found (graph team-list-installedapps.md, example 3), sideloaded or org catalog alike.
   */
  manifestId: string | null;
}

declare const process: { env: Record<string, string | undefined> };

export const DEFAULT_LIST = 'Chefforum beslutninger';

const built = {
  graph: process.env.CHEFFORUM_GRAPH_URL,
  team: process.env.CHEFFORUM_TEAM_ID,
  channel: process.env.CHEFFORUM_CHANNEL_ID,
  devUser: process.env.CHEFFORUM_DEV_USER,
  clientId: process.env.CHEFFORUM_CLIENT_ID,
  appId: process.env.CHEFFORUM_APP_ID,
  development: process.env.CHEFFORUM_DEVELOPMENT === 'on',
};

/** Development builds only: a setting from the page address, else the built one. */
const devParam = (params: URLSearchParams, name: string, fallback: string | undefined) =>
  built.development ? (params.get(name) ?? fallback) : fallback;

/** The configuration, or the names of the settings that are missing. */
export function readAppConfig(
  params: URLSearchParams,
  teams: TeamsContext | null,
): AppConfig | { missing: string[] } {
  const teamId = teams?.teamId ?? devParam(params, 'team', built.team);
  const channelId = teams?.channelId ?? devParam(params, 'channel', built.channel);
  const missing = [!teamId && 'CHEFFORUM_TEAM_ID', !channelId && 'CHEFFORUM_CHANNEL_ID'].filter(
    (name): name is string => Boolean(name),
  );
  if (missing.length > 0) return { missing };
  const devUserJson = devParam(params, 'devUser', built.devUser);
  const manifestId = devParam(params, 'appId', built.appId) || null;
  return {
    graphBaseUrl: devParam(params, 'graph', built.graph) || 'https://graph.microsoft.com',
    teamId: teamId!,
    channelId: channelId!,
    chatId: teams?.channelId ? null : (teams?.chatId ?? null),
    settings: tabSettingsOf(params, DEFAULT_LIST),
    devUser: devUserJson ? (JSON.parse(devUserJson) as AppConfig['devUser']) : null,
    clientId: devParam(params, 'clientId', built.clientId) || null,
    appId: teams?.appId ?? manifestId,
    manifestId: manifestId ?? teams?.appId ?? null,
  };
}

/** Origins besides Teams' own that may host the tab: the simulated host of the browser tests (development only). */
export function extraHostOrigins(params: URLSearchParams): string[] {
  const origin = devParam(params, 'hostOrigin', undefined);
  return origin ? [origin] : [];
}
