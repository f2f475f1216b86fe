// A Graph client for one base URL: https://graph.microsoft.com for a tenant, the emulator's address in
// development and tests. The same adapter code runs on both.
import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { AuthMiddleware, type GraphObserver, RetryMiddleware, type TokenProvider } from './graphMiddleware';
import { DEFAULT_RETRY, type RetryPolicy } from './retryPolicy';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

export interface GraphClientOptions {
  baseUrl?: string;
  token: TokenProvider;
  retry?: Partial<RetryPolicy>;
  observe?: GraphObserver;
}

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
  auth.setNext(retrying);
  retrying.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: auth, baseUrl, defaultVersion: 'v1.0' });
  return { client, baseUrl, retry, token: options.token };
}
