// The local Microsoft Graph: an HTTP server on 127.0.0.1 answering Graph's URL shapes under /v1.0,
// with bearer tokens, team membership, CORS for the browser tab, faults for tests, and durable state.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runBatch } from './batch';
import { Blobs } from './blobs';
import { type Context, validDownload } from './context';
import { readDevToken, scopesOf } from './devToken';
import { decideFault, faultDice, type Faults, NO_FAULTS } from './faults';
import { type EmulatorRequest, type EmulatorResponse, type EmulatorUser, graphError } from './http';
import { Journal } from './journal';
import type { StoredDriveItem, StoredUser } from './model';
import { ADMIN_CONSENT_ONLY, grantedScopes, refusal } from './permissions';
import { RateLimiter, teamsLimitKey } from './rateLimiter';
import { Router } from './router';
import { chatRoutes } from './routes/chats';
import { userRoutes } from './routes/users';
import { driveRoutes } from './routes/drives';
import { listRoutes } from './routes/lists';
import { teamRoutes } from './routes/teams';
import { seed, seedArchive } from './seed';
import { seedRoles } from './seedRoles';

export interface EmulatorOptions {
  dataDir: string;
  port?: number;
  faults?: Partial<Faults>;
  /**
   * Requests per second on one team and its channels, all users and methods together (Teams allows 4:
   * graph docs concepts/throttling-limits.md); 0 turns the limit off.
   */
  teamsRequestsPerSecond?: number;
  /**
   * The admin-consent-only delegated permissions the tenant's administrator has granted to the app;
   * by default all of them. A user-consentable permission is granted whenever a token asks for it.
   */
  adminConsent?: readonly string[];
  log?: (line: string) => void;
  /** Writes the sample tenant into an empty data folder before serving. */
  seed?: boolean;
  /** With `seed`: a generated archive, so the library holds this many documents (EMULATOR_ARCHIVE). */
  archive?: number;
  /**
   * Forces every change to disk (fsync) before answering, so a kill -9 loses nothing acknowledged; on by
   * default. Tests turn it off: their emulator never outlives them, and what it writes is still written.
   */
  flush?: boolean;
}

export interface RunningEmulator {
  url: string; // http://127.0.0.1:PORT (Graph's base; requests go to `${url}/v1.0/…`)
  journal: Journal;
  setFaults(faults: Partial<Faults>): void;
  /** Replaces the tenant's admin consent (see EmulatorOptions.adminConsent). */
  setAdminConsent(scopes: readonly string[]): void;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'authorization, content-type, if-match, prefer, consistencylevel, client-request-id, sdkversion',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-expose-headers': 'retry-after, etag, location, request-id',
};

/** What a test or an admin call can change while the emulator runs. */
interface Settings {
  faults: Faults;
  dice: () => number;
  /** Faults still to give when faults.count limits them. */
  faultsLeft: number;
  adminConsent: readonly string[];
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const flush = options.flush ?? true;
  const journal = Journal.open(options.dataDir, { flush });
  const say = (line: string) => process.stdout.write(line);
  const faults: Faults = { ...NO_FAULTS, ...options.faults };
  const settings: Settings = {
    faults,
    dice: faultDice(faults, say),
    faultsLeft: faults.count || Infinity,
    adminConsent: options.adminConsent ?? ADMIN_CONSENT_ONLY,
  };
  const setFaults = (next: Partial<Faults>) => {
    settings.faults = { ...NO_FAULTS, ...next };
    settings.dice = faultDice(settings.faults, say);
    settings.faultsLeft = settings.faults.count || Infinity;
  };
  let baseUrl = '';
  const ctx: Context = {
    db: journal,
    blobs: new Blobs(path.join(options.dataDir, 'blobs'), flush),
    baseUrl: () => baseUrl,
    now: () => new Date(),
    secret: journal.get<string>('meta', 'secret') ?? randomBytes(32).toString('hex'),
  };
  if (!journal.get('meta', 'secret')) journal.put('meta', 'secret', ctx.secret);
  const router = new Router();
  for (const routes of [driveRoutes, listRoutes, teamRoutes, chatRoutes, userRoutes]) routes(router, ctx);
  const dispatch = dispatcher(router, settings, new RateLimiter(options.teamsRequestsPerSecond ?? 4));
  const env: HandlerEnv = { ctx, settings, setFaults, dispatch, log: options.log };
  const server: Server = createServer((incoming, outgoing) => {
    void handle(incoming, outgoing, env).catch((error: unknown) => {
      options.log?.(`emulator error: ${error instanceof Error ? error.stack : String(error)}`);
      if (!outgoing.headersSent)
        send(outgoing, graphError(500, 'generalException', 'The emulator failed on this request.'));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (options.seed && !journal.get('meta', 'seeded')) await seedTenant(ctx, options.archive);
  return {
    url: baseUrl,
    journal,
    setFaults,
    setAdminConsent: (scopes) => {
      settings.adminConsent = scopes;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          journal.close();
          resolve();
        });
      }),
  };
}

/** The sample tenant, with the permissions its administrator set and, when asked, the generated archive. */
async function seedTenant(ctx: Context, archive: number | undefined): Promise<void> {
  await seed(ctx);
  seedRoles(ctx.db);
  if (archive) await seedArchive(ctx, archive);
}

type Dispatch = (request: EmulatorRequest, inner: boolean) => Promise<EmulatorResponse | 'drop'>;

/** One request (or one inside a $batch) through faults, permissions, Teams' limit and its route. */
function dispatcher(router: Router, settings: Settings, teamsLimiter: RateLimiter): Dispatch {
  const dispatch: Dispatch = async (request, inner) => {
    const { faults } = settings;
    const fault = settings.faultsLeft > 0 ? decideFault(faults, request.path, settings.dice) : null;
    if (fault) settings.faultsLeft -= 1;
    if (fault === 'throttle')
      return graphError(429, 'TooManyRequests', 'Please retry after the time given.', {
        'retry-after': String(faults.retryAfterSeconds),
      });
    if (fault === 'unavailable')
      return graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.', {
        'retry-after': String(faults.retryAfterSeconds),
      });
    if (fault === 'drop') return 'drop';
    if (!inner && request.method === 'POST' && request.path === '/$batch') return runBatch(request, dispatch);
    const denied = refusal(request.method, request.path, request.user?.scopes ?? []);
    if (denied) return denied;
    const limitKey = teamsLimitKey(request.path);
    if (limitKey !== null && !teamsLimiter.allow(limitKey))
      return graphError(429, 'TooManyRequests', 'Too many requests on this team or channel.', {
        'retry-after': String(teamsLimiter.retryAfterSeconds(limitKey)),
      });
    const route = router.match(request.method, request.path);
    if (route === null)
      return graphError(400, 'BadRequest', `Resource not found for the segment '${request.path}'.`);
    if (route === 'methodMismatch')
      return graphError(405, 'Request_BadRequest', `${request.method} is not allowed on ${request.path}.`);
    const answer = await route.handler(request, route.params);
    // Done, but the gateway gave up waiting: the caller cannot tell whether it happened.
    if (fault === 'timeout') return graphError(504, 'GatewayTimeout', 'The gateway timed out.');
    return answer;
  };
  return dispatch;
}

interface HandlerEnv {
  ctx: Context;
  settings: Settings;
  setFaults: (faults: Partial<Faults>) => void;
  dispatch: Dispatch;
  log: ((line: string) => void) | undefined;
}

/** One HTTP exchange: CORS preflight, downloads, admin calls, then Graph under /v1.0 with a bearer token. */
async function handle(incoming: IncomingMessage, outgoing: ServerResponse, env: HandlerEnv): Promise<void> {
  const started = Date.now();
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const rawBody = await readBody(incoming);
  outgoing.on('finish', () =>
    env.log?.(
      `${incoming.method} ${url.pathname}${url.search} → ${outgoing.statusCode} (${Date.now() - started} ms)`,
    ),
  );
  if (incoming.method === 'OPTIONS') return void outgoing.writeHead(204, CORS).end();
  const { latencyMs } = env.settings.faults;
  if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
  if (url.pathname.startsWith('/_download/')) return send(outgoing, download(env.ctx, url));
  const admin = incoming.method === 'POST' ? adminCall(url.pathname, rawBody, env) : null;
  if (admin) return send(outgoing, admin);
  if (!url.pathname.startsWith('/v1.0/')) return send(outgoing, graphError(404, 'NotFound', 'Use /v1.0/…'));
  const user = authenticate(env.ctx, incoming.headers.authorization, env.settings.adminConsent);
  if (!user)
    return send(outgoing, graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.'));
  const request = toRequest(incoming, url, rawBody, user);
  if ('status' in request) return send(outgoing, request);
  const answer = await env.dispatch(request, false);
  if (answer === 'drop') return dropMidResponse(outgoing);
  send(outgoing, answer);
}

/** POST /_admin/faults and /_admin/consent: the settings tests change at run time. */
function adminCall(pathname: string, rawBody: Uint8Array, env: HandlerEnv): EmulatorResponse | null {
  const asked = () => JSON.parse(Buffer.from(rawBody).toString('utf8') || '{}') as Record<string, unknown>;
  if (pathname === '/_admin/faults') {
    env.setFaults(asked() as Partial<Faults>);
    return { status: 200, body: env.settings.faults };
  }
  if (pathname === '/_admin/consent') {
    const scopes = asked().adminConsent;
    env.settings.adminConsent = Array.isArray(scopes)
      ? scopes.filter((scope): scope is string => typeof scope === 'string')
      : ADMIN_CONSENT_ONLY;
    return { status: 200, body: { adminConsent: env.settings.adminConsent } };
  }
  return null;
}

/** The Graph request a client sent, or Graph's 400 for a body that is not the JSON it says it is. */
function toRequest(
  incoming: IncomingMessage,
  url: URL,
  rawBody: Uint8Array,
  user: EmulatorUser,
): EmulatorRequest | EmulatorResponse {
  const headers = Object.fromEntries(
    Object.entries(incoming.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  );
  let body: unknown = null;
  if (rawBody.length > 0 && /json/i.test(incoming.headers['content-type'] ?? '')) {
    try {
      body = JSON.parse(Buffer.from(rawBody).toString('utf8'));
    } catch {
      return graphError(400, 'BadRequest', 'The request body is not valid JSON.');
    }
  }
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname.slice(5),
    query: url.searchParams,
    headers,
    body,
    rawBody,
    user,
  };
}

/** The signed-in user of a bearer token, with the scopes the tenant grants it; null for no or a bad token. */
function authenticate(
  ctx: Context,
  header: string | undefined,
  adminConsent: readonly string[],
): EmulatorUser | null {
  const token = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];
  const identity = token ? readDevToken(token) : null;
  if (!identity) return null;
  const user = ctx.db.get<StoredUser>('users', identity.oid) ?? {
    id: identity.oid,
    displayName: identity.name,
    userPrincipalName: identity.upn,
  };
  return { ...user, scopes: grantedScopes(scopesOf(identity), adminConsent) };
}

/** A file's bytes through its short-lived signed download link (no token, as SharePoint's are). */
function download(ctx: Context, url: URL): EmulatorResponse {
  const itemId = url.pathname.slice('/_download/'.length);
  if (!validDownload(ctx, itemId, url.searchParams.get('expires'), url.searchParams.get('sig'))) {
    return graphError(401, 'unauthenticated', 'The download link is invalid or has expired.');
  }
  const item = ctx.db.get<StoredDriveItem>('driveItems', itemId);
  if (!item?.blob) return graphError(404, 'itemNotFound', 'The file was not found.');
  return {
    status: 200,
    headers: { 'content-type': item.mimeType ?? 'application/octet-stream' },
    raw: ctx.blobs.get(item.blob),
  };
}

function readBody(incoming: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    incoming.on('error', reject);
  });
}

function send(outgoing: ServerResponse, response: EmulatorResponse): void {
  const headers: Record<string, string> = { ...CORS, ...(response.headers ?? {}) };
  if (response.raw) {
    outgoing.writeHead(response.status, headers).end(Buffer.from(response.raw));
  } else if (response.body !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    outgoing.writeHead(response.status, headers).end(JSON.stringify(response.body));
  } else {
    outgoing.writeHead(response.status, headers).end();
  }
}

/** Starts an answer and then breaks the connection, as a lost network does. */
function dropMidResponse(outgoing: ServerResponse): void {
  outgoing.writeHead(200, { ...CORS, 'content-type': 'application/json', 'content-length': '1000' });
  outgoing.write('{"value":[');
  outgoing.socket?.destroy();
}
