// One factory per feature's services, each taking the tab's shared wiring: decisions, discussion, pinning,
// meeting progress, the referat and the configuration page's folder check.
import { decisionSaver } from '../../domain/decisions/decisionSaver';
import { decisionScope, scopedByKey } from '../../domain/decisions/scopedByKey';
import type { TabPinner } from '../../domain/ports';
import { channelDocumentSource, channelFolder } from '../../graph/channelDocumentSource';
import { channelAnnouncements } from '../../graph/graphAnnouncements';
import { channelChatThreads, chatChatThreads } from '../../graph/graphChatThreads';
import { graphPointThreadRegistry } from '../../graph/graphPointThreadRegistry';
import { graphMeetingProgressStore } from '../../graph/graphMeetingProgressStore';
import { graphPublicationStore } from '../../graph/graphPublicationStore';
import { graphPersonDirectory } from '../../graph/graphPersonDirectory';
import { channelReferatFolder } from '../../graph/graphReferatFiles';
import { channelTabPinner, chatTabPinner } from '../../graph/graphTabPinner';
import { meetingOrganizerId } from '../../graph/meetingOrganizer';
import { subPageIdOf, teamsThreadLink } from '../../teams/deepLink';
import { withTabSettings } from '../features/config/tabSettings';
import type { DecisionServices } from '../features/decisions/useDecisions';
import type { DiscussionServices } from '../features/discussion/usePointDiscussion';
import { type MeetingProgressServices, progressPollMs } from '../features/meetingProgress/progressServices';
import type { ReferatServices } from '../features/referat/useReferat';
import { da } from '../../strings/da';
import { indexedDbDecisionOutbox } from './indexedDbDecisionOutbox';
import { indexedDbDraftStore } from './indexedDbDraftStore';
import type { TabWiring } from './tabWiring';
import { referatWriterInWorker } from './referatWriterInWorker';

// What the tab posts (a point's root post, the referat's announcement) goes to the forum's channel or
// chat and is read by every member, so it is written in the forum's language, Danish, whatever the UI
// language of the member who posts. One language also keeps the announcement's subject, by which a
// second publish finds it, the same whoever publishes.
const FORUM_POST_WORDS = da.posts;

export function decisionServices({ config, store, host, connection }: TabWiring): DecisionServices {
  // The browser's outbox and drafts serve the tabs of every channel: this tab sees only its channel's
  // and list's, so nothing typed in a private channel is ever sent to another channel's site.
  const scope = decisionScope(config.teamId, config.channelId, config.settings.listName);
  return {
    store,
    saver: decisionSaver(store, scopedByKey(indexedDbDecisionOutbox(), scope), () => Date.now()),
    drafts: scopedByKey(indexedDbDraftStore(), scope),
    clock: () => Date.now(),
    teamRole: host?.context.teamRole ?? null,
    directory: graphPersonDirectory(connection),
  };
}

export function discussionServices({
  config,
  host,
  address,
  connection,
  store,
  pointLink,
  siteId,
}: TabWiring): DiscussionServices {
  return {
    // Paced with every other Teams request of this tab by the Graph client (graph/teamsPacing.ts).
    threads: config.chatId
      ? chatChatThreads(connection, config.chatId)
      : channelChatThreads(connection, config.teamId, config.channelId),
    // The points' threads, on the same site as the other lists (members write it: README).
    registry: graphPointThreadRegistry(connection, siteId),
    decisions: store,
    pointLink,
    postWords: FORUM_POST_WORDS,
    threadUrl: (rootId) => (config.chatId ? null : teamsThreadLink(config.teamId, config.channelId, rootId)),
    async copyPointLink(meetingDate, number, label) {
      const url = pointLink(meetingDate, number, label);
      if (!host) {
        await navigator.clipboard.writeText(url);
        return 'copied';
      }
      const subPageId = subPageIdOf({ meeting: meetingDate, point: number });
      return host.copyPointLink({ url, subPageId, label, webUrl: address.pointUrl(meetingDate, number) });
    },
  };
}

export function pinnerServices({ config, address, connection, location }: TabWiring): {
  pinner: TabPinner;
  inChat: boolean;
} {
  return {
    pinner: config.chatId
      ? chatTabPinner(connection, config.chatId)
      : channelTabPinner(connection, location, {
          appId: config.manifestId ?? '',
          // The tab's own folder and list go along, or a referat in a subfolder is not found there.
          contentUrl: withTabSettings(address.tabUrl, config.settings),
        }),
    inChat: config.chatId !== null,
  };
}

/** The signed-in user: their Microsoft Entra id (as Graph names a message's author) and name. */
function meOf({ config, host }: TabWiring) {
  return {
    id: config.devUser?.oid ?? host?.context.userId ?? '',
    name: config.devUser?.name ?? host?.context.userName ?? '',
  };
}

export function progressServices(wiring: TabWiring): MeetingProgressServices {
  const { config, address, connection, siteId, host } = wiring;
  const me = meOf(wiring);
  return {
    store: graphMeetingProgressStore(connection, siteId),
    me,
    async standing() {
      // The channel's tab: the team's owners (the secretary) may start the meeting there (Teams'
      // context team.userRole, msteams-docs tabs/how-to/access-teams-context.md).
      if (!config.chatId) return host?.context.teamRole === 'owner' ? 'owner' : 'participant';
      if (!me.id) return 'participant';
      return (await meetingOrganizerId(connection, config.chatId)) === me.id ? 'organizer' : 'participant';
    },
    pollMs: progressPollMs(new URL(address.tabUrl).searchParams),
  };
}

/**
 * The referat is saved beside the agenda and announced in the channel (not from a chat); the ids of
 * its tab and announcement are kept in the publication list, on the same site as the other lists.
 */
export function referatServices(wiring: TabWiring): ReferatServices {
  const { config, connection, location, store, pointLink, siteId } = wiring;
  return {
    decisions: async (date) => (await store.between(date, date)).map((each) => each.decision),
    folder: channelReferatFolder(connection, location),
    writer: referatWriterInWorker,
    publish: config.chatId
      ? null
      : {
          announcements: channelAnnouncements(connection, config.teamId, config.channelId),
          publications: graphPublicationStore(connection, siteId),
          me: meOf(wiring),
          clock: () => Date.now(),
          newToken: () => crypto.randomUUID(),
          pointLink,
          postWords: FORUM_POST_WORDS,
        },
  };
}

/** Whether the configuration page's chosen subfolder exists, and what the channel's folder is called. */
export function folderCheck({ connection, location }: TabWiring) {
  return async (subfolder: string) => {
    const [channel, chosen] = await Promise.all([
      channelFolder(connection, { ...location, subfolder: '' }),
      channelFolder(connection, { ...location, subfolder }),
    ]);
    // How many documents the library will hold, year folders included (one listing of the tree).
    const documents = chosen
      ? (await channelDocumentSource(connection, { ...location, subfolder }).list()).length
      : null;
    return { found: chosen !== null, channelFolderName: channel?.name ?? null, documents };
  };
}
