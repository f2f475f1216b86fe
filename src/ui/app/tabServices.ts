// Wires the adapters for one tab: sign-in (development token, or MSAL: nested in Teams, popup outside),
// the Graph connection, the documents, the decision list, and where comments and pins go (the channel,
// or the meeting or group chat the tab is in). The only place that knows all of them.
import type { DocumentSource } from '../../domain/ports';
import type { TabPinner } from '../../domain/ports';
import { channelDocumentSource } from '../../graph/channelDocumentSource';
import { channelSite } from '../../graph/channelSite';
import { createGraphClient, type GraphConnection } from '../../graph/createGraphClient';
import { graphDecisionStore } from '../../graph/graphDecisionStore';
import type { TeamsHost } from '../../teams/connectTeams';
import type { DecisionServices } from '../features/decisions/useDecisions';
import type { DiscussionServices } from '../features/discussion/usePointDiscussion';
import type { MeetingProgressServices } from '../features/meetingProgress/progressServices';
import type { ReferatServices } from '../features/referat/useReferat';
import type { AppConfig } from './appConfig';
import { indexedDbMeetingCache } from './indexedDbMeetingCache';
import {
  decisionServices,
  discussionServices,
  folderCheck,
  pinnerServices,
  progressServices,
  referatServices,
} from './featureServices';
import { type TabAddress, type TabWiring, pointLinkOf } from './tabWiring';
import { tokenSource } from './tokenSource';

export type { TabAddress } from './tabWiring';

export interface TabServices {
  connection: GraphConnection;
  source: DocumentSource;
  /** Parsed meetings with their search index, and where the library's folder is, kept between visits. */
  libraryCache: ReturnType<typeof indexedDbMeetingCache>;
  /** Names this tab's library among those the cache remembers (its last listing, for offline visits). */
  listingKey: string;
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

/** The adapters every feature shares: one Graph connection, one decision list, one way to link a point. */
function wire(
  config: AppConfig,
  host: TeamsHost | null,
  address: TabAddress,
  connection: GraphConnection,
): TabWiring {
  // Every list of the tab is kept in the channel's own site: a private or shared channel's, not its team's.
  const siteId = channelSite(connection, { teamId: config.teamId, channelId: config.channelId });
  return {
    config,
    host,
    address,
    connection,
    location: { teamId: config.teamId, channelId: config.channelId, subfolder: config.settings.subfolder },
    store: graphDecisionStore(connection, siteId, config.settings.listName),
    siteId,
    pointLink: pointLinkOf(config, host, address),
  };
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
  const wiring = wire(config, host, address, connection);
  const libraryCache = indexedDbMeetingCache();
  return {
    connection,
    source: channelDocumentSource(connection, wiring.location, libraryCache.remembered),
    libraryCache,
    listingKey: `listing|${config.teamId}|${config.channelId}|${config.settings.subfolder}`,
    decisions: decisionServices(wiring),
    discussion: discussionServices(wiring),
    pinner: pinnerServices(wiring),
    progress: progressServices(wiring),
    signIn,
    referat: referatServices(wiring),
    checkFolder: folderCheck(wiring),
  };
}
