// Sites, drives and drive items: folders, metadata with eTag/cTag, download URLs, content, upload.
import { type Context, downloadUrl, isResponse, newId, paged, siteFor } from '../context';
import { type EmulatorRequest, type EmulatorResponse, badRequest, forbidden, json, notFound } from '../http';
import type { StoredDrive, StoredDriveItem, StoredSite, StoredTeam } from '../model';
import type { Router } from '../router';
import { conflictBehaviour, ifMatchFails, nameAlreadyExists } from '../uploadRules';

export function siteJson(ctx: Context, site: StoredSite): unknown {
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

export function itemJson(ctx: Context, item: StoredDriveItem): Record<string, unknown> {
  const drive = ctx.db.get<StoredDrive>('drives', item.driveId)!;
  const site = ctx.db.get<StoredSite>('sites', drive.siteId)!;
  const tag = `{${item.id.toUpperCase()}},${item.version}`;
  const body: Record<string, unknown> = {
    id: item.id,
    name: item.name,
    eTag: `"${tag}"`,
    cTag: `"c:${tag}"`,
    size: item.size,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `https://${site.hostname}${site.path}/${encodeURIComponent(drive.name)}/${pathOf(ctx, item).map(encodeURIComponent).join('/')}`,
    parentReference: { driveId: item.driveId, driveType: 'documentLibrary', id: item.parentId ?? undefined },
  };
  if (item.folder) {
    body.folder = { childCount: children(ctx, item.id).length };
  } else {
    body.file = { mimeType: item.mimeType ?? 'application/octet-stream', hashes: { sha256Hash: item.blob } };
    body['@microsoft.graph.downloadUrl'] = downloadUrl(ctx, item.id);
  }
  return body;
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

export function driveRoutes(router: Router, ctx: Context): void {
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
    .on('GET', '/teams/{team}/channels/{channel}/filesFolder', (request, params) => {
      const team = ctx.db.get<StoredTeam>('teams', params.team);
      if (!team) return notFound(`Team ${params.team}`);
      if (!request.user || !team.memberIds.includes(request.user.id)) return forbidden();
      const channel = ctx.db.get<{ teamId: string; folderId: string }>('channels', params.channel);
      if (!channel || channel.teamId !== team.id) return notFound(`Channel ${params.channel}`);
      return json(200, itemJson(ctx, ctx.db.get<StoredDriveItem>('driveItems', channel.folderId)!));
    })
    .on('GET', '/drives/{drive}/items/{item}', (request, params) => {
      const item = itemIn(ctx, request, params.drive, params.item);
      return isResponse(item) ? item : json(200, itemJson(ctx, item));
    })
    .on('GET', '/drives/{drive}/items/{item}/children', (request, params) => {
      const folder = itemIn(ctx, request, params.drive, params.item);
      if (isResponse(folder)) return folder;
      return paged(ctx, request, children(ctx, folder.id), (item) => itemJson(ctx, item), 200);
    })
    .on('GET', '/drives/{drive}/items/{item}/content', (request, params) => {
      const item = itemIn(ctx, request, params.drive, params.item);
      if (isResponse(item)) return item;
      if (item.folder) return badRequest('A folder has no content.');
      return { status: 302, headers: { location: downloadUrl(ctx, item.id) } };
    })
    .on('PUT', '/drives/{drive}/items/{parent}:/{name}:/content', (request, params) => {
      const parent = itemIn(ctx, request, params.drive, params.parent);
      if (isResponse(parent)) return parent;
      if (!parent.folder) return badRequest('Files can only be uploaded into a folder.');
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
    })
    .on('PUT', '/drives/{drive}/items/{item}/content', (request, params) => {
      const item = itemIn(ctx, request, params.drive, params.item);
      if (isResponse(item)) return item;
      if (item.folder || item.parentId === null) return badRequest('A folder has no content.');
      const refused = ifMatchFails(request, tagsOf(ctx, item));
      if (refused) return refused;
      return json(200, itemJson(ctx, putFile(ctx, item.driveId, item.parentId, item.name, request.rawBody)));
    });
}

/** Graph site ids are "host,siteGuid,webGuid"; the emulator keys sites by the site GUID. */
export function siteIdOf(id: string): string {
  const parts = id.split(',');
  return parts.length === 3 ? parts[1]! : id;
}
