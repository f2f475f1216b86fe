// Teams' built-in file tabs (Word, Excel, PowerPoint, PDF), checked as graph docs
// concepts/teams-configuring-builtin-tabs.md prescribes: entityId is the file's sourcedoc GUID,
// contentUrl is "{folder-webUrl}/{item-name}", removeUrl and websiteUrl are null. Anything else is
// refused with 400 here, so that a tab Teams could not open is never created.
import type { Context } from './context';
import { badRequest, type EmulatorResponse } from './http';
import type { StoredDrive, StoredDriveItem, StoredTeam } from './model';
import { itemWebUrl, listItemUniqueId } from './routes/drives';

const VIEWERS: Record<string, RegExp> = {
  'com.microsoft.teamspace.tab.file.staticviewer.word': /\.docx$/i,
  'com.microsoft.teamspace.tab.file.staticviewer.excel': /\.xlsx$/i,
  'com.microsoft.teamspace.tab.file.staticviewer.powerpoint': /\.pptx$/i,
  'com.microsoft.teamspace.tab.file.staticviewer.pdf': /\.pdf$/i,
};

export const isFileViewer = (appId: string) => appId in VIEWERS;

/** The 400 Graph would give for a file tab's configuration, or null when it is as documented. */
export function fileTabProblem(
  ctx: Context,
  team: StoredTeam,
  appId: string,
  configuration: Record<string, unknown>,
): EmulatorResponse | null {
  const { entityId, contentUrl, removeUrl, websiteUrl } = configuration;
  if (removeUrl != null || websiteUrl != null)
    return badRequest('A file tab takes removeUrl and websiteUrl null.');
  if (typeof entityId !== 'string' || typeof contentUrl !== 'string')
    return badRequest("A file tab needs the file's sourcedoc id as entityId and its URL as contentUrl.");
  const file = fileAt(ctx, team, contentUrl);
  if (!file) return badRequest(`contentUrl ${contentUrl} is not "{folder-webUrl}/{item-name}" of a file.`);
  if (!VIEWERS[appId]!.test(file.name)) return badRequest(`${appId} cannot show ${file.name}.`);
  if (entityId.toLowerCase() !== listItemUniqueId(file.id))
    return badRequest(`entityId ${entityId} is not the sourcedoc id of ${file.name}.`);
  return null;
}

/** The file of the team's libraries whose "{folder-webUrl}/{item-name}" is the given address. */
function fileAt(ctx: Context, team: StoredTeam, contentUrl: string): StoredDriveItem | undefined {
  const drives = new Set(
    ctx.db
      .all<StoredDrive>('drives')
      .filter((drive) => drive.siteId === team.siteId)
      .map((drive) => drive.id),
  );
  return ctx.db.all<StoredDriveItem>('driveItems').find((item) => {
    if (item.folder || item.parentId === null || !drives.has(item.driveId)) return false;
    const folder = ctx.db.get<StoredDriveItem>('driveItems', item.parentId)!;
    const folderUrl = itemWebUrl(ctx, folder);
    return (
      contentUrl === `${folderUrl}/${item.name}` ||
      contentUrl === `${folderUrl}/${encodeURIComponent(item.name)}`
    );
  });
}
