// The forum's documents in a Teams channel's SharePoint folder, as the core's DocumentSource.
import type { DocumentSource, LibraryDocument } from '../domain/ports';
import type { GraphConnection } from './createGraphClient';
import { type DriveItem, downloadFile, getChannelFilesFolder, listChildren } from './files';

const DOCUMENT = /\.(pdf|docx|txt)$/i;

export interface ChannelLocation {
  teamId: string;
  channelId: string;
}

const ATTACHMENT_FOLDER = /^bilag$/i;

const toDocument = (item: DriveItem): LibraryDocument => ({
  id: item.id,
  name: item.name,
  eTag: item.eTag,
  webUrl: item.webUrl,
  lastModifiedDateTime: item.lastModifiedDateTime,
});

/**
 * Lists the .pdf, .docx and .txt files of the channel's folder, and the files of its "Bilag" folder as
 * attachments; reads a document through its download URL.
 */
export function channelDocumentSource(
  connection: GraphConnection,
  location: ChannelLocation,
): DocumentSource {
  const items = new Map<string, DriveItem>();
  let children: Promise<DriveItem[]> | null = null;
  const folderChildren = () =>
    (children ??= getChannelFilesFolder(connection, location.teamId, location.channelId).then((folder) =>
      listChildren(connection, folder.driveId, folder.id),
    ));
  return {
    async list(): Promise<LibraryDocument[]> {
      children = null; // each load reads the folder afresh
      const documents = (await folderChildren()).filter(
        (child) => !child.isFolder && DOCUMENT.test(child.name),
      );
      for (const document of documents) items.set(document.id, document);
      return documents.map(toDocument);
    },
    async attachments(): Promise<LibraryDocument[]> {
      const folder = (await folderChildren()).find(
        (child) => child.isFolder && ATTACHMENT_FOLDER.test(child.name),
      );
      if (!folder) return [];
      const files = await listChildren(connection, folder.driveId, folder.id);
      return files.filter((child) => !child.isFolder).map(toDocument);
    },
    async read(document: LibraryDocument): Promise<Uint8Array> {
      const item = items.get(document.id);
      if (!item) throw new Error(`Document ${document.name} was not listed by this source.`);
      return downloadFile(connection, item);
    },
  };
}
