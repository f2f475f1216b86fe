// The forum's documents in a Teams channel's SharePoint folder, as the core's DocumentSource.
import type { DocumentSource, LibraryDocument } from '../domain/ports';
import type { GraphConnection } from './createGraphClient';
import { type DriveItem, downloadFile, getChannelFilesFolder, listChildren } from './files';
import { GraphFailure } from './GraphFailure';

const DOCUMENT = /\.(pdf|docx|txt)$/i;

export interface ChannelLocation {
  teamId: string;
  channelId: string;
  /** A folder inside the channel's files folder ("Referater", "Referater/2024"); '' for the folder itself. */
  subfolder?: string;
}

/** The channel's files folder, or the subfolder given, by walking down its children; null when missing. */
export async function channelFolder(
  connection: GraphConnection,
  location: ChannelLocation,
): Promise<DriveItem | null> {
  const root = await getChannelFilesFolder(connection, location.teamId, location.channelId);
  let folder = root;
  for (const name of (location.subfolder ?? '').split('/').filter((part) => part.trim() !== '')) {
    const child = (await listChildren(connection, folder.driveId, folder.id)).find(
      (each) => each.isFolder && each.name.toLowerCase() === name.trim().toLowerCase(),
    );
    if (!child) return null;
    folder = child;
  }
  return folder;
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
    (children ??= channelFolder(connection, location).then((folder) => {
      if (!folder)
        throw new GraphFailure('not-found', `No folder "${location.subfolder}" in the channel's files.`, 404);
      return listChildren(connection, folder.driveId, folder.id);
    }));
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
