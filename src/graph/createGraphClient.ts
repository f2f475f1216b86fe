// A Graph client for one base URL: https://graph.microsoft.com for a tenant, the emulator's address in
// development and tests. The same adapter code runs on both.
import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { AuthMiddleware, type GraphObserver, RetryMiddleware, type TokenProvider } from './graphMiddleware';
import { DEFAULT_RETRY, type RetryPolicy } from './retryPolicy';
import { type PacingClock, TeamsPacingMiddleware } from './teamsPacing';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

export interface GraphClientOptions {
  baseUrl?: string;
  token: TokenProvider;
  retry?: Partial<RetryPolicy>;
  observe?: GraphObserver;
  /** The clock that paces Teams requests (4 a second per team or chat); the real one by default. */
  pacing?: PacingClock;
}

const REAL_CLOCK: PacingClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface GraphConnection {
  client: Client;
  baseUrl: string;
  retry: RetryPolicy;
  token: TokenProvider;
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, '');
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const auth = new AuthMiddleware(options.token);
  const retrying = new RetryMiddleware(retry, options.observe);
  const pacing = new TeamsPacingMiddleware(options.pacing ?? REAL_CLOCK);
  auth.setNext(retrying);
  retrying.setNext(pacing);
  pacing.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: auth, baseUrl, defaultVersion: 'v1.0' });
  return { client, baseUrl, retry, token: options.token };
}
