// What the service factories of one tab share: its configuration and host, its address, the one Graph
// connection and decision list, and how a point is linked (a Teams deep link in Teams, the web address outside).
import type { DecisionStore } from '../../domain/ports';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { TeamsHost } from '../../teams/connectTeams';
import { teamsPointLink } from '../../teams/deepLink';
import type { AppConfig } from './appConfig';

export interface TabAddress {
  origin: string;
  /** This tab's own address without a meeting or point: what a pinned referat tab opens, plus the meeting. */
  tabUrl: string;
  pointUrl: (meetingDate: string, number: number) => string;
  /** Origins besides Teams' own that host the tab (the simulated host; development only). */
  hostOrigins: string[];
}

export interface TabWiring {
  config: AppConfig;
  host: TeamsHost | null;
  address: TabAddress;
  connection: GraphConnection;
  location: { teamId: string; channelId: string; subfolder: string };
  store: DecisionStore;
  /** The channel's own site, where every list the tab uses is kept (graph/channelSite.ts); once a visit. */
  siteId: () => Promise<string>;
  pointLink: (meetingDate: string, number: number, label: string) => string;
}

/** A point's link: a Teams deep link to this tab when in Teams with an app id, else its web address. */
export function pointLinkOf(config: AppConfig, host: TeamsHost | null, address: TabAddress) {
  return (meetingDate: string, number: number, label: string) => {
    const webUrl = address.pointUrl(meetingDate, number);
    if (!host || !config.appId) return webUrl;
    const where = config.chatId ? { chatId: config.chatId } : { channelId: config.channelId };
    return teamsPointLink(
      { appId: config.appId, webUrl, label, ...where },
      { meeting: meetingDate, point: number },
    );
  };
}
