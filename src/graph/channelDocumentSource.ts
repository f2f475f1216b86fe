// The forum's documents in a Teams channel's SharePoint folder, as the core's DocumentSource.
import type { DocumentSource, LibraryDocument } from '../domain/ports';
import type { GraphConnection } from './createGraphClient';
import { type DriveItem, downloadFile, getChannelFilesFolder, listChildren } from './files';

const DOCUMENT = /\.(pdf|docx|txt)$/i;

export interface ChannelLocation {
  teamId: string;
  channelId: string;
}

/** Lists the .pdf, .docx and .txt files of the channel's folder; reads one through its download URL. */
export function channelDocumentSource(
  connection: GraphConnection,
  location: ChannelLocation,
): DocumentSource {
  const items = new Map<string, DriveItem>();
  return {
    async list(): Promise<LibraryDocument[]> {
      const folder = await getChannelFilesFolder(connection, location.teamId, location.channelId);
      const children = await listChildren(connection, folder.driveId, folder.id);
      return children
        .filter((child) => !child.isFolder && DOCUMENT.test(child.name))
        .map((child) => {
          items.set(child.id, child);
          return {
            id: child.id,
            name: child.name,
            eTag: child.eTag,
            webUrl: child.webUrl,
            lastModifiedDateTime: child.lastModifiedDateTime,
          };
        });
    },
    async read(document: LibraryDocument): Promise<Uint8Array> {
      const item = items.get(document.id);
      if (!item) throw new Error(`Document ${document.name} was not listed by this source.`);
      return downloadFile(connection, item);
    },
  };
}
