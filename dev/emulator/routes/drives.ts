// Sites, drives and drive items: folders, metadata with eTag/cTag, download URLs, content, upload.
import type { DriveItem, Site } from '@microsoft/microsoft-graph-types';
import { createHash } from 'node:crypto';
import { type Context, channelFor, downloadUrl, isResponse, newId, paged, siteFor } from '../context';
import { type EmulatorRequest, type EmulatorResponse, badRequest, json, notFound } from '../http';
import type { StoredDrive, StoredDriveItem, StoredSite } from '../model';
import type { RouteParams, Router } from '../router';
import { driveItemRefusal } from '../sharePointRoles';
import { conflictBehaviour, ifMatchFails, nameAlreadyExists } from '../uploadRules';

export function siteJson(ctx: Context, site: StoredSite): Site {
  return {
    id: `${site.hostname},${site.id},${site.id}`,
    name: site.path.split('/').pop(),
    displayName: site.displayName,
    webUrl: `https://${site.hostname}${site.path}`,
    siteCollection: { hostname: site.hostname },
  };
}

/** The drive a request may use (its site's team members only). */
export function driveFor(
  ctx: Context,
  request: EmulatorRequest,
  driveId: string,
): StoredDrive | EmulatorResponse {
  const drive = ctx.db.get<StoredDrive>('drives', driveId);
  if (!drive) return notFound(`Drive ${driveId}`);
  const site = siteFor(ctx, request, drive.siteId);
  return isResponse(site) ? site : drive;
}

/** The GUID SharePoint gives a file's list item (its sourcedoc), stable for the item's id. */
export function listItemUniqueId(itemId: string): string {
  const hex = createHash('sha256').update(`listItem:${itemId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Office documents open in Office for the web: their webUrl is SharePoint's Doc.aspx address naming the
// file by its sourcedoc GUID; other files and folders have their path (graph docs
// concepts/teams-configuring-builtin-tabs.md: the sourcedoc "can be derived from the webUrl").
const OFFICE = /\.(docx?|xlsx?|pptx?)$/i;

/** The address of a drive item in SharePoint. */
export function itemWebUrl(ctx: Context, item: StoredDriveItem): string {
  const { drive, site } = placeOf(ctx, item);
  const siteUrl = `https://${site.hostname}${site.path}`;
  if (!item.folder && OFFICE.test(item.name)) {
    const guid = listItemUniqueId(item.id).toUpperCase();
    return `${siteUrl}/_layouts/15/Doc.aspx?sourcedoc=%7B${guid}%7D&file=${encodeURIComponent(item.name)}&action=default&mobileredirect=true`;
  }
  return `${siteUrl}/${encodeURIComponent(drive.name)}/${pathOf(ctx, item).map(encodeURIComponent).join('/')}`;
}

function placeOf(ctx: Context, item: StoredDriveItem): { drive: StoredDrive; site: StoredSite } {
  const drive = ctx.db.get<StoredDrive>('drives', item.driveId)!;
  return { drive, site: ctx.db.get<StoredSite>('sites', drive.siteId)! };
}

/**
 * A drive item as Graph answers it. `sharepointIds` only when asked for by $select (graph docs
 * api-reference/v1.0/resources/sharepointids.md); with $select, only the properties named.
 */
/** A drive item as Graph answers it; a file's short-lived download link is an instance annotation. */
export type DownloadableDriveItem = DriveItem & { '@microsoft.graph.downloadUrl'?: string };

export function itemJson(ctx: Context, item: StoredDriveItem, select?: string | null): DownloadableDriveItem {
  const { drive, site } = placeOf(ctx, item);
  const tag = `{${item.id.toUpperCase()}},${item.version}`;
  const body: DownloadableDriveItem = {
    id: item.id,
    name: item.name,
    eTag: `"${tag}"`,
    cTag: `"c:${tag}"`,
    size: item.size,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: itemWebUrl(ctx, item),
    // siteId: "the ID of the site that contains the parent document library … the same as the id property
    // of that site resource" (graph docs api-reference/v1.0/resources/itemreference.md).
    parentReference: {
      driveId: item.driveId,
      driveType: 'documentLibrary',
      id: item.parentId ?? undefined,
      siteId: siteJson(ctx, site).id,
    },
  };
  if (item.folder) {
    body.folder = { childCount: children(ctx, item.id).length };
    delete body.cTag; // not returned for folders in SharePoint (resources/driveitem.md)
  } else {
    body.file = { mimeType: item.mimeType ?? 'application/octet-stream', hashes: { sha256Hash: item.blob } };
    body['@microsoft.graph.downloadUrl'] = downloadUrl(ctx, item.id);
  }
  const wanted = (select ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (wanted.length === 0) return body;
  body.sharepointIds = {
    listId: drive.id,
    listItemId: String(Math.abs(Number.parseInt(listItemUniqueId(item.id).slice(0, 6), 16))),
    listItemUniqueId: listItemUniqueId(item.id),
    siteId: site.id,
    siteUrl: `https://${site.hostname}${site.path}`,
    webId: site.id,
  };
  return Object.fromEntries(
    Object.entries(body).filter(([name]) => wanted.includes(name) || name.startsWith('@odata')),
  );
}

/** The item's eTag and cTag as Graph gives them (what an If-Match may name). */
function tagsOf(ctx: Context, item: StoredDriveItem): { eTag: string; cTag: string } {
  const json = itemJson(ctx, item);
  return { eTag: String(json.eTag), cTag: String(json.cTag) };
}

function pathOf(ctx: Context, item: StoredDriveItem): string[] {
  const names: string[] = [];
  let current: StoredDriveItem | undefined = item;
  while (current && current.parentId !== null) {
    names.unshift(current.name);
    current = ctx.db.get<StoredDriveItem>('driveItems', current.parentId);
  }
  return names;
}

function children(ctx: Context, parentId: string): StoredDriveItem[] {
  return ctx.db
    .all<StoredDriveItem>('driveItems')
    .filter((each) => each.parentId === parentId)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

/** Creates or replaces a file under a folder; its version (and so its eTag) goes up on every change. */
export function putFile(
  ctx: Context,
  driveId: string,
  parentId: string,
  name: string,
  bytes: Uint8Array,
): StoredDriveItem {
  const existing = children(ctx, parentId).find((each) => each.name.toLowerCase() === name.toLowerCase());
  const now = ctx.now().toISOString();
  const item: StoredDriveItem = {
    id: existing?.id ?? newId(),
    driveId,
    parentId,
    name,
    folder: false,
    blob: ctx.blobs.put(bytes),
    size: bytes.length,
    mimeType: MIME[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
    version: (existing?.version ?? 0) + 1,
    createdDateTime: existing?.createdDateTime ?? now,
    lastModifiedDateTime: now,
  };
  ctx.db.put('driveItems', item.id, item);
  return item;
}

function itemIn(
  ctx: Context,
  request: EmulatorRequest,
  driveId: string,
  itemId: string,
): StoredDriveItem | EmulatorResponse {
  const drive = driveFor(ctx, request, driveId);
  if (isResponse(drive)) return drive;
  const id = itemId === 'root' ? drive.rootId : itemId;
  const item = ctx.db.get<StoredDriveItem>('driveItems', id);
  return item && item.driveId === drive.id ? item : notFound(`Item ${itemId}`);
}

/** Sites, the channel's files folder, drive items and their content. */
export function driveRoutes(router: Router, ctx: Context): void {
  siteRoutes(router, ctx);
  driveItemRoutes(router, ctx);
}

/** A site by path, by id or as a team's group site; its drive; a channel's files folder. */
function siteRoutes(router: Router, ctx: Context): void {
  router
    .on('GET', '/sites/{host}:/{path+}', (request, { host, path }) => {
      const site = ctx.db
        .all<StoredSite>('sites')
        .find((each) => each.hostname === host && each.path === `/${path.replace(/:$/, '')}`);
      if (!site) return notFound(`Site ${host}:/${path}`);
      const allowed = siteFor(ctx, request, site.id);
      return isResponse(allowed) ? allowed : json(200, siteJson(ctx, site));
    })
    .on('GET', '/sites/{site}', (request, params) => {
      const site = siteFor(ctx, request, siteIdOf(params.site));
      return isResponse(site) ? site : json(200, siteJson(ctx, site));
    })
    // A team's group site (a Microsoft 365 group and its team share one id).
    .on('GET', '/groups/{group}/sites/root', (request, params) => {
      const site = ctx.db
        .all<StoredSite>('sites')
        .find((each) => each.teamId === params.group && !each.channelId);
      if (!site) return notFound(`Group ${params.group}`);
      const allowed = siteFor(ctx, request, site.id);
      return isResponse(allowed) ? allowed : json(200, siteJson(ctx, site));
    })
    .on('GET', '/sites/{site}/drive', (request, params) => {
      const site = siteFor(ctx, request, siteIdOf(params.site));
      if (isResponse(site)) return site;
      const drive = ctx.db.all<StoredDrive>('drives').find((each) => each.siteId === site.id)!;
      return json(200, { id: drive.id, name: drive.name, driveType: 'documentLibrary' });
    })
    // A private or shared channel's folder is in its own site's library (channel-get-filesfolder.md).
    .on('GET', '/teams/{team}/channels/{channel}/filesFolder', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const folder = ctx.db.get<StoredDriveItem>('driveItems', channel.folderId)!;
      return json(200, itemJson(ctx, folder, request.query.get('$select')));
    });
}

/** A drive item, a folder's children, a file's content (download and upload). */
function driveItemRoutes(router: Router, ctx: Context): void {
  router
    .on('GET', '/drives/{drive}/items/{item}', (request, params) => {
      const item = itemIn(ctx, request, params.drive, params.item);
      return isResponse(item) ? item : json(200, itemJson(ctx, item, request.query.get('$select')));
    })
    .on('GET', '/drives/{drive}/items/{item}/children', (request, params) => {
      const folder = itemIn(ctx, request, params.drive, params.item);
      if (isResponse(folder)) return folder;
      const select = request.query.get('$select');
      return paged(ctx, request, children(ctx, folder.id), (item) => itemJson(ctx, item, select), 200);
    })
    .on('GET', '/drives/{drive}/items/{item}/content', (request, params) => {
      const item = itemIn(ctx, request, params.drive, params.item);
      if (isResponse(item)) return item;
      if (item.folder) return badRequest('A folder has no content.');
      return { status: 302, headers: { location: downloadUrl(ctx, item.id) } };
    })
    .on('PUT', '/drives/{drive}/items/{parent}:/{name}:/content', (request, params) =>
      uploadByName(ctx, request, params),
    )
    .on('PUT', '/drives/{drive}/items/{item}/content', (request, params) => {
      const item = itemIn(ctx, request, params.drive, params.item);
      if (isResponse(item)) return item;
      if (item.folder || item.parentId === null) return badRequest('A folder has no content.');
      const refused = writeRefusal(ctx, request, item) ?? ifMatchFails(request, tagsOf(ctx, item));
      if (refused) return refused;
      return json(200, itemJson(ctx, putFile(ctx, item.driveId, item.parentId, item.name, request.rawBody)));
    });
}

/**
 * PUT a file by name into a folder (api/driveitem-put-content.md): created (201) or replaced (200),
 * honouring @microsoft.graph.conflictBehavior and If-Match on the file being replaced.
 */
function uploadByName(ctx: Context, request: EmulatorRequest, params: RouteParams): EmulatorResponse {
  const parent = itemIn(ctx, request, params.drive, params.parent);
  if (isResponse(parent)) return parent;
  if (!parent.folder) return badRequest('Files can only be uploaded into a folder.');
  const denied = writeRefusal(ctx, request, parent);
  if (denied) return denied;
  const existing = children(ctx, parent.id).find(
    (each) => each.name.toLowerCase() === params.name.toLowerCase(),
  );
  const behaviour = conflictBehaviour(request);
  if (isResponse(behaviour)) return behaviour;
  const refused = ifMatchFails(request, existing ? tagsOf(ctx, existing) : null);
  if (refused) return refused;
  if (existing && behaviour === 'fail') return nameAlreadyExists(params.name);
  if (existing && behaviour === 'rename') return badRequest('rename is not emulated.');
  const item = putFile(ctx, parent.driveId, parent.id, params.name, request.rawBody);
  return json(existing ? 200 : 201, itemJson(ctx, item));
}

/** SharePoint's own permissions on the item (or the folder a file goes into): a reader may not write. */
function writeRefusal(
  ctx: Context,
  request: EmulatorRequest,
  item: StoredDriveItem,
): EmulatorResponse | null {
  return driveItemRefusal(ctx, request, item, placeOf(ctx, item).site);
}

/** Graph site ids are "host,siteGuid,webGuid"; the emulator keys sites by the site GUID. */
export function siteIdOf(id: string): string {
  const parts = id.split(',');
  return parts.length === 3 ? parts[1]! : id;
}
