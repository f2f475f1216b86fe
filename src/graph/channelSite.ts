// The SharePoint site of a channel, where every list the tab uses is kept: the site of the channel's own
// files folder. A standard channel's folder is in its team's site; a private or shared channel has a
// site of its own, readable by its members only, so its decisions must not go to the team's site.
import type { DriveItemJson } from './files';
import { getChannelFilesFolder } from './files';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import { GraphFailure } from './GraphFailure';
import { onceUnlessFailed } from './onceUnlessFailed';

export interface ChannelRef {
  teamId: string;
  channelId: string;
}

/**
 * The id of the site holding the channel's files folder (channel-get-filesfolder.md returns a
 * driveItem): its parentReference.siteId, "the same as the id property of that site resource"
 * (resources/itemreference.md). An answer without it (the docs' own example shows none) is completed
 * from the folder's sharepointIds, returned when selected (resources/sharepointids.md), as the site id
 * `{hostname},{site collection id},{web id}` (api/site-get.md).
 */
export async function channelSiteId(connection: GraphConnection, channel: ChannelRef): Promise<string> {
  const folder = await getChannelFilesFolder(connection, channel.teamId, channel.channelId);
  if (folder.siteId) return folder.siteId;
  const { sharepointIds: ids } = await graphAccess(connection).get<DriveItemJson>(
    `/drives/${folder.driveId}/items/${folder.id}`,
    { select: 'sharepointIds' },
  );
  if (!ids?.siteUrl || !ids.siteId || !ids.webId)
    throw new GraphFailure('not-found', `The channel's files folder names no site.`, 404);
  return `${new URL(ids.siteUrl).hostname},${ids.siteId},${ids.webId}`;
}

/**
 * The channel's site id, looked up once for the visit and shared by every list the tab uses; looked up
 * again only after a lookup failed.
 */
export function channelSite(connection: GraphConnection, channel: ChannelRef): () => Promise<string> {
  return onceUnlessFailed(() => channelSiteId(connection, channel));
}
