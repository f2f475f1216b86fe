// What every route needs: the durable state, file contents, the emulator's own address, time and ids.
import { createHmac, randomUUID } from 'node:crypto';
import type { Blobs } from './blobs';
import type { EmulatorRequest, EmulatorResponse } from './http';
import { forbidden, json, notFound } from './http';
import type { Journal } from './journal';
import type { StoredChannel, StoredSite, StoredTeam } from './model';

export interface Context {
  db: Journal;
  blobs: Blobs;
  baseUrl: () => string;
  now: () => Date;
  secret: string;
}

export const newId = () => randomUUID();

/** The team a request may use, or the 404/403 response Graph would give. */
export function teamFor(
  ctx: Context,
  request: EmulatorRequest,
  teamId: string,
): StoredTeam | EmulatorResponse {
  const team = ctx.db.get<StoredTeam>('teams', teamId);
  if (!team) return notFound(`Team ${teamId}`);
  if (!request.user || !team.memberIds.includes(request.user.id)) return forbidden();
  return team;
}

/**
 * The channel a request may use, or Graph's 404/403: a channel with members of its own (private,
 * shared) is its members' only, as its site is; any other channel its team's members'.
 */
export function channelFor(
  ctx: Context,
  request: EmulatorRequest,
  teamId: string,
  channelId: string,
): StoredChannel | EmulatorResponse {
  const team = ctx.db.get<StoredTeam>('teams', teamId);
  if (!team) return notFound(`Team ${teamId}`);
  const channel = ctx.db.get<StoredChannel>('channels', channelId);
  if (!channel || channel.teamId !== team.id) return notFound(`Channel ${channelId}`);
  const members = channel.memberIds ?? team.memberIds;
  return request.user && members.includes(request.user.id) ? channel : forbidden();
}

/**
 * The site a request may use: its team's members only; a private or shared channel's own site only
 * its channel's members (SharePoint answers anyone else 403 accessDenied, as for any site they cannot
 * open: graph docs concepts/errors.md).
 */
export function siteFor(
  ctx: Context,
  request: EmulatorRequest,
  siteId: string,
): StoredSite | EmulatorResponse {
  const site =
    ctx.db.get<StoredSite>('sites', siteId) ??
    ctx.db.all<StoredSite>('sites').find((each) => siteKey(each) === siteId);
  if (!site) return notFound(`Site ${siteId}`);
  const allowed = site.channelId
    ? channelFor(ctx, request, site.teamId, site.channelId)
    : teamFor(ctx, request, site.teamId);
  return 'status' in allowed ? allowed : site;
}

export const siteKey = (site: StoredSite) => `${site.hostname},${site.id}`;

export function isResponse(value: unknown): value is EmulatorResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof (value as { status: unknown }).status === 'number'
  );
}

/** One page of a collection, with `@odata.nextLink` when more remain (Graph's paging). */
export function paged<T>(
  ctx: Context,
  request: EmulatorRequest,
  items: T[],
  map: (item: T) => unknown,
  defaultTop: number,
  maxTop = 999,
): EmulatorResponse {
  const top = Math.min(Number(request.query.get('$top') ?? defaultTop) || defaultTop, maxTop);
  const skip = Number(request.query.get('$skiptoken') ?? 0) || 0;
  const slice = items.slice(skip, skip + top);
  const body: Record<string, unknown> = { value: slice.map(map) };
  if (skip + top < items.length) {
    const next = new URLSearchParams(request.query);
    next.set('$skiptoken', String(skip + top));
    next.set('$top', String(top));
    body['@odata.nextLink'] = `${ctx.baseUrl()}/v1.0${request.path}?${next.toString()}`;
  }
  return json(200, body);
}

/** A short-lived, pre-authenticated download address for a file (Graph's @microsoft.graph.downloadUrl). */
export function downloadUrl(ctx: Context, itemId: string): string {
  const expires = ctx.now().getTime() + 60 * 60 * 1000;
  const signature = createHmac('sha256', ctx.secret).update(`${itemId}.${expires}`).digest('base64url');
  return `${ctx.baseUrl()}/_download/${itemId}?expires=${expires}&sig=${signature}`;
}

export function validDownload(
  ctx: Context,
  itemId: string,
  expires: string | null,
  sig: string | null,
): boolean {
  if (!expires || !sig || Number(expires) < ctx.now().getTime()) return false;
  const expected = createHmac('sha256', ctx.secret).update(`${itemId}.${expires}`).digest('base64url');
  return expected === sig;
}
