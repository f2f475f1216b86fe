// Wires the adapters for one tab: sign-in (development token, or MSAL: nested in Teams, popup outside),
// the Graph connection, the documents, the decision list, and where comments and pins go (the channel,
// or the meeting or group chat the tab is in). The only place that knows all of them.
import { devTokenProvider } from '../../auth/devTokenProvider';
import { createMsal, msalTokenProvider } from '../../auth/msalTokenProvider';
import { teamsAuthTokenProvider } from '../../auth/teamsAuthTokenProvider';
import type { DecisionStore } from '../../domain/decisions/DecisionStore';
import type { DocumentSource } from '../../domain/ports';
import { decisionSaver } from '../../domain/decisions/decisionSaver';
import type { TabPinner } from '../../domain/discussion/TabPinner';
import { channelDocumentSource, channelFolder } from '../../graph/channelDocumentSource';
import { createGraphClient, type GraphConnection } from '../../graph/createGraphClient';
import { getTeamSite } from '../../graph/files';
import { channelChatThreads, chatChatThreads } from '../../graph/graphChatThreads';
import { graphDecisionStore } from '../../graph/graphDecisionStore';
import { graphMeetingProgressStore } from '../../graph/graphMeetingProgressStore';
import { channelTabPinner, chatTabPinner } from '../../graph/graphTabPinner';
import { meetingOrganizerId } from '../../graph/meetingOrganizer';
import type { TeamsHost } from '../../teams/connectTeams';
import { subPageIdOf, teamsPointLink, teamsThreadLink } from '../../teams/deepLink';
import { withTabSettings } from '../features/config/tabSettings';
import type { DecisionServices } from '../features/decisions/useDecisions';
import type { DiscussionServices } from '../features/discussion/usePointDiscussion';
import { type MeetingProgressServices, progressPollMs } from '../features/meetingProgress/progressServices';
import { docxReferatWriter } from '../../documents/referatWriter';
import { channelAnnouncements } from '../../graph/graphAnnouncements';
import { channelReferatFolder } from '../../graph/graphReferatFiles';
import type { ReferatServices } from '../features/referat/useReferat';
import type { AppConfig } from './appConfig';
import { indexedDbDecisionOutbox } from './indexedDbDecisionOutbox';
import { indexedDbDraftStore } from './indexedDbDraftStore';
import { indexedDbMeetingCache } from './indexedDbMeetingCache';

export interface TabServices {
  connection: GraphConnection;
  source: DocumentSource;
  /** Parsed meetings with their search index, and where the library's folder is, kept between visits. */
  libraryCache: ReturnType<typeof indexedDbMeetingCache>;
  decisions: DecisionServices;
  discussion: DiscussionServices;
  pinner: { pinner: TabPinner; inChat: boolean };
  progress: MeetingProgressServices;
  /** The interactive sign-in for a "Log ind" button; null when no interaction can help. */
  signIn: (() => Promise<void>) | null;
  checkFolder: (
    subfolder: string,
  ) => Promise<{ found: boolean; channelFolderName: string | null; documents: number | null }>;
  /** Writing and publishing the referat (issue 12). */
  referat: ReferatServices;
}

// MSAL reports "ask the user" with these (its InteractionRequiredAuthError and its codes).
const INTERACTION = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_account_error',
]);
const needsInteraction = (error: unknown) =>
  (error as { name?: string }).name === 'InteractionRequiredAuthError' ||
  INTERACTION.has((error as { errorCode?: string }).errorCode ?? '');

/** The auth page Teams opens for authentication.authenticate, with what it needs to sign in. */
export function authStartUrl(
  origin: string,
  sign: { clientId: string; tenantId: string; loginHint: string | null; hostOrigins: string[] },
  scopes: string[],
): string {
  const url = new URL('/auth-start.html', origin);
  url.searchParams.set('clientId', sign.clientId);
  url.searchParams.set('tenant', sign.tenantId);
  url.searchParams.set('scopes', scopes.join(' '));
  if (sign.loginHint) url.searchParams.set('loginHint', sign.loginHint);
  for (const hostOrigin of sign.hostOrigins) url.searchParams.append('hostOrigin', hostOrigin);
  return url.toString();
}

function tokenSource(config: AppConfig, host: TeamsHost | null, address: TabAddress) {
  const origin = address.origin;
  if (config.devUser) return { token: devTokenProvider(config.devUser), signIn: null };
  if (config.clientId && host && !host.nestedAuthRecommended) {
    // Teams blocks a popup opened from its iframe: it opens the sign-in window itself.
    const sign = {
      clientId: config.clientId,
      tenantId: host.context.tenantId ?? 'organizations',
      loginHint: host.context.loginHint,
      hostOrigins: address.hostOrigins,
    };
    const provider = teamsAuthTokenProvider(
      (url) => host.authenticate(url),
      (scopes) => authStartUrl(origin, sign, scopes),
      () => Date.now(),
    );
    return { token: provider.token, signIn: provider.signIn };
  }
  if (config.clientId) {
    const settings = {
      clientId: config.clientId,
      tenantId: host?.context.tenantId ?? 'organizations',
      redirectUri: `${origin}/redirect.html`,
      nested: host?.nestedAuthRecommended ?? false,
      loginHint: host?.context.loginHint ?? null,
    };
    const provider = msalTokenProvider(createMsal(settings), settings, needsInteraction);
    return { token: provider.token, signIn: provider.signIn };
  }
  return {
    token: async () => Promise.reject(new Error('sign-in is not set up in this build (CHEFFORUM_CLIENT_ID)')),
    signIn: null,
  };
}

export interface TabAddress {
  origin: string;
  /** This tab's own address without a meeting or point: what a pinned referat tab opens, plus the meeting. */
  tabUrl: string;
  pointUrl: (meetingDate: string, number: number) => string;
  /** Origins besides Teams' own that host the tab (the simulated host; development only). */
  hostOrigins: string[];
}

export function createTabServices(
  config: AppConfig,
  host: TeamsHost | null,
  address: TabAddress,
): TabServices {
  const { token, signIn } = tokenSource(config, host, address);
  const connection = createGraphClient({
    baseUrl: config.graphBaseUrl,
    token,
    retry: { maxAttempts: 3, baseDelayMs: 300 },
  });
  const location = {
    teamId: config.teamId,
    channelId: config.channelId,
    subfolder: config.settings.subfolder,
  };
  const store = graphDecisionStore(
    connection,
    async () => (await getTeamSite(connection, config.teamId)).id,
    config.settings.listName,
  );
  const siteId = async () => (await getTeamSite(connection, config.teamId)).id;
  const me = {
    id: config.devUser?.oid ?? host?.context.userId ?? '',
    name: config.devUser?.name ?? host?.context.userName ?? '',
  };
  const threads = config.chatId
    ? chatChatThreads(connection, config.chatId)
    : channelChatThreads(connection, config.teamId, config.channelId);
  const pointLink = (meetingDate: string, number: number, label: string) => {
    const webUrl = address.pointUrl(meetingDate, number);
    if (!host || !config.appId) return webUrl;
    const where = config.chatId ? { chatId: config.chatId } : { channelId: config.channelId };
    return teamsPointLink(
      { appId: config.appId, webUrl, label, ...where },
      { meeting: meetingDate, point: number },
    );
  };
  const libraryCache = indexedDbMeetingCache();
  return {
    connection,
    source: channelDocumentSource(connection, location, libraryCache.remembered),
    libraryCache,
    decisions: {
      store,
      saver: decisionSaver(store, indexedDbDecisionOutbox(), () => Date.now()),
      drafts: indexedDbDraftStore(),
      clock: () => Date.now(),
      teamRole: host?.context.teamRole ?? null,
    },
    discussion: {
      // Paced with every other Teams request of this tab by the Graph client (graph/teamsPacing.ts).
      threads,
      decisions: store,
      pointLink,
      threadUrl: (rootId) =>
        config.chatId ? null : teamsThreadLink(config.teamId, config.channelId, rootId),
      async copyPointLink(meetingDate, number, label) {
        const url = pointLink(meetingDate, number, label);
        if (!host) {
          await navigator.clipboard.writeText(url);
          return 'copied';
        }
        const subPageId = subPageIdOf({ meeting: meetingDate, point: number });
        return host.copyPointLink({ url, subPageId, label, webUrl: address.pointUrl(meetingDate, number) });
      },
    },
    pinner: {
      pinner: config.chatId
        ? chatTabPinner(connection, config.chatId)
        : channelTabPinner(connection, location, {
            appId: config.manifestId ?? '',
            // The tab's own folder and list go along, or a referat in a subfolder is not found there.
            contentUrl: withTabSettings(address.tabUrl, config.settings),
          }),
      inChat: config.chatId !== null,
    },
    progress: {
      store: graphMeetingProgressStore(connection, siteId),
      me,
      async isOrganizer() {
        if (!config.chatId || !me.id) return false;
        return (await meetingOrganizerId(connection, config.chatId)) === me.id;
      },
      pollMs: progressPollMs(new URL(address.tabUrl).searchParams),
    },
    signIn,
    referat: referatServices(connection, config, location, store, pointLink),
    async checkFolder(subfolder) {
      const [channel, chosen] = await Promise.all([
        channelFolder(connection, { ...location, subfolder: '' }),
        channelFolder(connection, { ...location, subfolder }),
      ]);
      // How many documents the library will hold, year folders included (one listing of the tree).
      const documents = chosen
        ? (await channelDocumentSource(connection, { ...location, subfolder }).list()).length
        : null;
      return { found: chosen !== null, channelFolderName: channel?.name ?? null, documents };
    },
  };
}

/** The referat is saved beside the agenda and announced in the channel (not from a chat). */
function referatServices(
  connection: GraphConnection,
  config: AppConfig,
  location: { teamId: string; channelId: string; subfolder: string },
  store: DecisionStore,
  pointLink: (meetingDate: string, number: number, label: string) => string,
): ReferatServices {
  return {
    decisions: async (date) => (await store.between(date, date)).map((each) => each.decision),
    folder: channelReferatFolder(connection, location),
    writer: docxReferatWriter,
    publish: config.chatId
      ? null
      : { announcements: channelAnnouncements(connection, config.teamId, config.channelId), pointLink },
  };
}
