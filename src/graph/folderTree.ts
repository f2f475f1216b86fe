// A library folder and every folder below it (year folders at any depth), listed with only the
// properties the tab needs: the folder's children in one request, then each level of subfolders
// together in $batch requests of 20 (driveitem-list-children supports $select and $top; JSON batching
// takes any GET). A library of ten year folders is listed in two requests, however many files it holds.
import { type GraphPage, linkPath } from './call';
import { graphAccess } from './GraphAccess';
import type { GraphConnection } from './createGraphClient';
import { type DriveItem, type DriveItemJson, toDriveItem } from './files';
import { GraphFailure } from './GraphFailure';

export const DRIVE_ITEM_SELECT =
  'id,name,eTag,lastModifiedDateTime,webUrl,size,folder,parentReference,@microsoft.graph.downloadUrl';
const PAGE = 200;

export interface FolderTree {
  /** Files outside the attachment folders. */
  files: DriveItem[];
  /** Files inside a folder the caller calls an attachment folder ("Bilag"), at any depth. */
  attachments: DriveItem[];
  /** How many folders were listed, the root included. */
  folders: number;
}

interface Pending {
  folder: Pick<DriveItem, 'id' | 'driveId'>;
  inAttachments: boolean;
}

/** Lists `root` and all folders under it; a failing subfolder fails the whole listing (told, not hidden). */
export async function listFolderTree(
  connection: GraphConnection,
  root: Pick<DriveItem, 'id' | 'driveId'>,
  isAttachmentFolder: (name: string) => boolean,
): Promise<FolderTree> {
  const tree: FolderTree = { files: [], attachments: [], folders: 1 };
  let level = sortInto(tree, await firstLevel(connection, root), false, isAttachmentFolder);
  while (level.length > 0) {
    tree.folders += level.length;
    const listed = await childrenOfMany(connection, level);
    level = level.flatMap((pending, index) =>
      sortInto(tree, listed[index]!, pending.inAttachments, isAttachmentFolder),
    );
  }
  return tree;
}

function sortInto(
  tree: FolderTree,
  children: DriveItem[],
  inAttachments: boolean,
  isAttachmentFolder: (name: string) => boolean,
): Pending[] {
  const folders: Pending[] = [];
  for (const child of children) {
    if (child.isFolder)
      folders.push({ folder: child, inAttachments: inAttachments || isAttachmentFolder(child.name) });
    else (inAttachments ? tree.attachments : tree.files).push(child);
  }
  return folders;
}

const childrenPath = (folder: Pick<DriveItem, 'id' | 'driveId'>) =>
  `/drives/${folder.driveId}/items/${folder.id}/children`;

async function firstLevel(
  connection: GraphConnection,
  folder: Pick<DriveItem, 'id' | 'driveId'>,
): Promise<DriveItem[]> {
  const items = await graphAccess(connection).all<DriveItemJson>(childrenPath(folder), {
    select: DRIVE_ITEM_SELECT,
    top: PAGE,
  });
  return items.map(toDriveItem);
}

/** The children of many folders: their first pages in $batch requests, further pages one by one. */
async function childrenOfMany(
  connection: GraphConnection,
  level: readonly Pending[],
): Promise<DriveItem[][]> {
  const query = `?$select=${DRIVE_ITEM_SELECT}&$top=${PAGE}`;
  const results = await graphAccess(connection).batch(
    level.map((pending, index) => ({
      id: String(index),
      method: 'GET' as const,
      url: `${childrenPath(pending.folder)}${query}`,
    })),
  );
  return Promise.all(
    level.map(async (_, index) => {
      const result = results.get(String(index));
      if (!result || result.status !== 200)
        throw GraphFailure.fromResponse(result?.status ?? 500, result?.body);
      const page = result.body as GraphPage<DriveItemJson>;
      // The link carries the query; the access object follows it and any after it.
      const next = page['@odata.nextLink'];
      const rest = next
        ? await graphAccess(connection).all<DriveItemJson>(linkPath(connection.baseUrl, next))
        : [];
      return [...page.value, ...rest].map(toDriveItem);
    }),
  );
}
