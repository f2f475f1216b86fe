// The Chefforum documents in SharePoint: the site, the channel's files folder, its children, and their bytes.
import type { DriveItem as GraphDriveItem } from '@microsoft/microsoft-graph-types';
import { graphAccess } from './GraphAccess';
import type { GraphConnection } from './createGraphClient';
import { GraphFailure } from './GraphFailure';

export interface DriveItem {
  id: string;
  name: string;
  eTag: string;
  lastModifiedDateTime: string;
  webUrl: string;
  size: number;
  driveId: string;
  /** The site whose library holds the item (parentReference.siteId, resources/itemreference.md); null when not given. */
  siteId: string | null;
  isFolder: boolean;
  downloadUrl: string | null;
}

/** Graph's driveItem (resources/driveitem.md); a file's download link is an instance annotation. */
export type DriveItemJson = GraphDriveItem & { '@microsoft.graph.downloadUrl'?: string };

/** Graph drive item JSON → DriveItem (pure). */
export function toDriveItem(json: DriveItemJson): DriveItem {
  return {
    id: json.id ?? '',
    name: json.name ?? '',
    eTag: json.eTag ?? '',
    lastModifiedDateTime: json.lastModifiedDateTime ?? '',
    webUrl: json.webUrl ?? '',
    size: json.size ?? 0,
    driveId: json.parentReference?.driveId ?? '',
    siteId: json.parentReference?.siteId ?? null,
    isFolder: json.folder !== undefined,
    downloadUrl: json['@microsoft.graph.downloadUrl'] ?? null,
  };
}

export async function getSiteByPath(
  connection: GraphConnection,
  hostname: string,
  sitePath: string,
): Promise<{ id: string; webUrl: string }> {
  return graphAccess(connection).get<{ id: string; webUrl: string }>(`/sites/${hostname}:${sitePath}`);
}

/** The SharePoint site of a team (its Microsoft 365 group's root site), where the decision list lives. */
export async function getTeamSite(
  connection: GraphConnection,
  teamId: string,
): Promise<{ id: string; webUrl: string }> {
  return graphAccess(connection).get<{ id: string; webUrl: string }>(`/groups/${teamId}/sites/root`);
}

/** The channel's folder in its SharePoint library (private and shared channels have a site of their own). */
export async function getChannelFilesFolder(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
): Promise<DriveItem> {
  const path = `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/filesFolder`;
  return toDriveItem(await graphAccess(connection).get<DriveItemJson>(path));
}

export async function listChildren(
  connection: GraphConnection,
  driveId: string,
  folderId: string,
): Promise<DriveItem[]> {
  const path = `/drives/${driveId}/items/${folderId}/children`;
  return (await graphAccess(connection).all<DriveItemJson>(path, { top: 200 })).map(toDriveItem);
}

/** A file as a built-in file tab needs it: its SharePoint sourcedoc id and its folder's address. */
export interface SharePointFile {
  name: string;
  /** The file's list item GUID, the sourcedoc of Office for the web. */
  listItemUniqueId: string;
  folderWebUrl: string;
}

/**
 * The file of that name in the folder, with its sharepointIds, which Graph returns only when selected
 * (graph docs resources/sharepointids.md); null when the folder has no such file.
 */
export async function fileInFolder(
  connection: GraphConnection,
  folder: Pick<DriveItem, 'driveId' | 'id' | 'webUrl'>,
  name: string,
): Promise<SharePointFile | null> {
  const path = `/drives/${folder.driveId}/items/${folder.id}/children`;
  const files = await graphAccess(connection).all<DriveItemJson>(path, {
    select: 'id,name,sharepointIds',
    top: 200,
  });
  const file = files.find((each) => (each.name ?? '').toLowerCase() === name.toLowerCase());
  const guid = file?.sharepointIds?.listItemUniqueId;
  return file?.name && guid ? { name: file.name, listItemUniqueId: guid, folderWebUrl: folder.webUrl } : null;
}

/**
 * A file's bytes through its pre-authenticated download URL, fetched without an Authorization header
 * (the `/content` redirect fails CORS in browsers). A missing or stale URL is fetched anew once.
 */
export async function downloadFile(
  connection: GraphConnection,
  item: Pick<DriveItem, 'id' | 'driveId' | 'downloadUrl'>,
): Promise<Uint8Array> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const url =
      attempt === 0 && item.downloadUrl ? item.downloadUrl : await freshDownloadUrl(connection, item);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw GraphFailure.network(error);
    }
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
    if (response.status !== 401 && response.status !== 403)
      throw GraphFailure.fromResponse(response.status, null);
  }
  throw new GraphFailure('unauthenticated', 'The download link was refused twice.');
}

async function freshDownloadUrl(
  connection: GraphConnection,
  item: Pick<DriveItem, 'id' | 'driveId'>,
): Promise<string> {
  const json = await graphAccess(connection).get<DriveItemJson>(`/drives/${item.driveId}/items/${item.id}`, {
    select: 'id,@microsoft.graph.downloadUrl',
  });
  if (!json['@microsoft.graph.downloadUrl'])
    throw new GraphFailure('not-found', `Item ${item.id} has no content to download.`);
  return json['@microsoft.graph.downloadUrl'];
}
