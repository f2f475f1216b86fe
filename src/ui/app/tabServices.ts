// Wires the adapters for one tab: sign-in (development token, or MSAL: nested in Teams, popup outside),
// the Graph connection, the documents, the decision list, and where comments and pins go (the channel,
// or the meeting or group chat the tab is in). The only place that knows all of them.
import { devTokenProvider } from '../../auth/devTokenProvider';
import { createMsal, msalTokenProvider } from '../../auth/msalTokenProvider';
import type { DocumentSource } from '../../domain/ports';
import { decisionSaver } from '../../domain/decisions/decisionSaver';
import type { TabPinner } from '../../domain/discussion/TabPinner';
import { channelDocumentSource, channelFolder } from '../../graph/channelDocumentSource';
import { createGraphClient, type GraphConnection } from '../../graph/createGraphClient';
import { getTeamSite } from '../../graph/files';
import { channelChatThreads, chatChatThreads } from '../../graph/graphChatThreads';
import { graphDecisionStore } from '../../graph/graphDecisionStore';
import { channelTabPinner, chatTabPinner } from '../../graph/graphTabPinner';
import type { TeamsHost } from '../../teams/connectTeams';
import { teamsPointLink, teamsThreadLink } from '../../teams/deepLink';
import type { DecisionServices } from '../features/decisions/useDecisions';
import type { DiscussionServices } from '../features/discussion/usePointDiscussion';
import type { AppConfig } from './appConfig';
import { indexedDbDecisionOutbox } from './indexedDbDecisionOutbox';
import { indexedDbMeetingCache } from './indexedDbMeetingCache';

export interface TabServices {
  connection: GraphConnection;
  source: DocumentSource;
  /** Parsed meetings with their search index, and where the library's folder is, kept between visits. */
  libraryCache: ReturnType<typeof indexedDbMeetingCache>;
  decisions: DecisionServices;
  discussion: DiscussionServices;
  pinner: { pinner: TabPinner; inChat: boolean };
  /** The interactive sign-in for a "Log ind" button; null when no interaction can help. */
  signIn: (() => Promise<void>) | null;
  checkFolder: (
    subfolder: string,
  ) => Promise<{ found: boolean; channelFolderName: string | null; documents: number | null }>;
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

function tokenSource(config: AppConfig, host: TeamsHost | null, origin: string) {
  if (config.devUser) return { token: devTokenProvider(config.devUser), signIn: null };
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

export function createTabServices(
  config: AppConfig,
  host: TeamsHost | null,
  address: { origin: string; pointUrl: (meetingDate: string, number: number) => string },
): TabServices {
  const { token, signIn } = tokenSource(config, host, address.origin);
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
      retryAfterMs: 5000,
    },
    discussion: {
      // Paced with every other Teams request of this tab by the Graph client (graph/teamsPacing.ts).
      threads,
      decisions: store,
      pointLink,
      threadUrl: (rootId) =>
        config.chatId ? null : teamsThreadLink(config.teamId, config.channelId, rootId),
      copy: (text) => navigator.clipboard.writeText(text),
    },
    pinner: {
      pinner: config.chatId
        ? chatTabPinner(connection, config.chatId)
        : channelTabPinner(connection, config.teamId, config.channelId, {
            appId: config.appId ?? '',
            contentUrl: `${address.origin}/`,
          }),
      inChat: config.chatId !== null,
    },
    signIn,
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
