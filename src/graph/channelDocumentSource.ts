// The forum's documents in a Teams channel's SharePoint folder (and its year folders), as the core's
// DocumentSource.
import type { DocumentSource, KeyValueStore, LibraryDocument } from '../domain/ports';
import type { GraphConnection } from './createGraphClient';
import { type DriveItem, downloadFile, getChannelFilesFolder, listChildren } from './files';
import { type FolderTree, listFolderTree } from './folderTree';
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

type Folder = Pick<DriveItem, 'id' | 'driveId'>;

/**
 * Lists the .pdf, .docx and .txt files of the channel's folder and of every folder below it (year
 * folders), and the files under its "Bilag" folders as attachments; reads a document through its
 * download URL. Where the folder is, is remembered in `remember` (ids do not change when files do), so a
 * later visit lists the tree at once: one request for the folder, one $batch for its subfolders.
 */
export function channelDocumentSource(
  connection: GraphConnection,
  location: ChannelLocation,
  remember?: KeyValueStore,
): DocumentSource {
  const items = new Map<string, DriveItem>();
  let attachments: LibraryDocument[] = [];
  let tree: Promise<FolderTree> | null = null;
  const key = `folder|${location.teamId}|${location.channelId}|${location.subfolder ?? ''}`;
  const resolve = async (): Promise<Folder> => {
    const folder = await channelFolder(connection, location);
    if (!folder)
      throw new GraphFailure('not-found', `No folder "${location.subfolder}" in the channel's files.`, 404);
    await remember?.put(key, { id: folder.id, driveId: folder.driveId });
    return folder;
  };
  const listTree = async (): Promise<FolderTree> => {
    const known = (await remember?.get(key)) as Folder | undefined;
    if (known?.id && known.driveId) {
      try {
        return await listFolderTree(connection, known, (name) => ATTACHMENT_FOLDER.test(name));
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'not-found') throw error; // moved or deleted: look again
      }
    }
    return listFolderTree(connection, await resolve(), (name) => ATTACHMENT_FOLDER.test(name));
  };
  return {
    async list(): Promise<LibraryDocument[]> {
      tree = listTree(); // each load reads the folder afresh
      const listed = await tree;
      const documents = listed.files.filter((file) => DOCUMENT.test(file.name));
      for (const document of documents) items.set(document.id, document);
      attachments = listed.attachments.map(toDocument);
      return documents.map(toDocument);
    },
    async attachments(): Promise<LibraryDocument[]> {
      await (tree ?? this.list());
      return attachments;
    },
    async read(document: LibraryDocument): Promise<Uint8Array> {
      const item = items.get(document.id);
      if (!item) throw new Error(`Document ${document.name} was not listed by this source.`);
      return downloadFile(connection, item);
    },
  };
}
