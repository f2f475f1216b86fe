// The referat files in the channel's folder through Graph: found by name, created with
// `@microsoft.graph.conflictBehavior=fail` so an upload never replaces a file, replaced only with
// `If-Match` on the eTag the user saw (graph docs api-reference/v1.0/api/driveitem-put-content.md;
// OneDrive API docs api/driveitem_put_content.md "Conflict Resolution Behavior", concepts/errors.md).
import type { ReferatFolder, StoredReferat } from '../domain/ports';
import { type ChannelLocation, channelFolder } from './channelDocumentSource';
import type { GraphConnection } from './createGraphClient';
import { type DriveItem, downloadFile, listChildren } from './files';
import { graphAccess } from './GraphAccess';
import { GraphFailure } from './GraphFailure';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface UploadedJson {
  id: string;
  name: string;
  eTag: string;
  webUrl: string;
  parentReference?: { driveId?: string };
}

const stored = (item: Pick<DriveItem, 'id' | 'name' | 'eTag' | 'webUrl'>): StoredReferat => ({
  id: item.id,
  name: item.name,
  eTag: item.eTag,
  webUrl: item.webUrl,
});

// The client sends a Blob as it is (a Uint8Array it would turn into a Node Buffer, absent in browsers).
const blobOf = (bytes: Uint8Array) => new Blob([bytes as BlobPart], { type: DOCX });

/** The channel's folder (or the tab's subfolder) as the place referater are saved. */
export function channelReferatFolder(connection: GraphConnection, location: ChannelLocation): ReferatFolder {
  let folder: Promise<{ driveId: string; id: string }> | null = null;
  const where = () =>
    (folder ??= channelFolder(connection, location).then((found) => {
      if (found) return found;
      folder = null;
      throw new GraphFailure('not-found', `No folder "${location.subfolder}" in the channel's files.`, 404);
    }));
  const put = async (path: string, bytes: Uint8Array, headers: Record<string, string> = {}) =>
    stored(
      await graphAccess(connection).put<UploadedJson>(path, blobOf(bytes), {
        'Content-Type': DOCX,
        ...headers,
      }),
    );
  return {
    async find(name) {
      const { driveId, id } = await where();
      const children = await listChildren(connection, driveId, id);
      const file = children.find((each) => !each.isFolder && each.name.toLowerCase() === name.toLowerCase());
      return file ? stored(file) : null;
    },
    async create(name, bytes) {
      const { driveId, id } = await where();
      const path = `/drives/${driveId}/items/${id}:/${encodeURIComponent(name)}:/content?@microsoft.graph.conflictBehavior=fail`;
      try {
        return await put(path, bytes);
      } catch (error) {
        if (error instanceof GraphFailure && error.code === 'conflict') return 'exists';
        throw error;
      }
    },
    async replace(file, bytes) {
      const { driveId } = await where();
      try {
        return await put(`/drives/${driveId}/items/${file.id}/content`, bytes, { 'If-Match': file.eTag });
      } catch (error) {
        if (error instanceof GraphFailure && error.code === 'precondition-failed') return 'changed';
        throw error;
      }
    },
    async read(file) {
      const { driveId } = await where();
      return downloadFile(connection, { id: file.id, driveId, downloadUrl: null });
    },
  };
}
