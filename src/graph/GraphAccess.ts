// Microsoft Graph as the adapters use it, in the spirit of Microsoft Graph Toolkit's IGraph: typed
// get / post / patch / put / delete, every page of a collection, and JSON batches. Each request goes
// through the one client (so the middleware still derives its scopes from method and path) and each
// failure is mapped to a GraphFailure once, here.
import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import { type BatchResult, type BatchStep, runBatch } from './batch';
import { type GraphPage, graphCall, linkPath } from './call';
import type { GraphConnection } from './createGraphClient';

/** OData query options (graph docs concepts/query-parameters.md) and request headers. */
export interface GraphQuery {
  select?: string;
  expand?: string;
  /** An OData expression as Graph reads it; encoded here, since the client puts it in the URL as it is. */
  filter?: string;
  orderby?: string;
  /** $search as Graph reads it ('"displayName:anne"'); directory objects need ConsistencyLevel too. */
  search?: string;
  top?: number;
  headers?: Record<string, string>;
}

export interface GraphAccess {
  get<T>(path: string, query?: GraphQuery): Promise<T>;
  post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  /** Graph answers some PATCHes with 204 and no body: then undefined. */
  patch<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T | undefined>;
  put<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  delete(path: string, headers?: Record<string, string>): Promise<void>;
  /** A collection page by page, following `@odata.nextLink`; stop reading to stop asking. */
  pages<T>(path: string, query?: GraphQuery): AsyncGenerator<T[], void, undefined>;
  /** Every item of a collection, all pages read. */
  all<T>(path: string, query?: GraphQuery): Promise<T[]>;
  /** Every step's final result by id (see batch.ts: chunks of 20, throttled steps sent again). */
  batch(steps: readonly BatchStep[]): Promise<Map<string, BatchResult>>;
}

const made = new WeakMap<GraphConnection, GraphAccess>();

/** The access object of a connection (one per connection). */
export function graphAccess(connection: GraphConnection): GraphAccess {
  let access = made.get(connection);
  if (!access) made.set(connection, (access = createGraphAccess(connection)));
  return access;
}

function createGraphAccess(connection: GraphConnection): GraphAccess {
  const request = (path: string, query: GraphQuery = {}) => withQuery(connection.client.api(path), query);
  const send = <T>(path: string, headers: Record<string, string> | undefined, verb: Verb, body: unknown) =>
    graphCall(() => request(path, { headers })[verb](body) as Promise<T>);
  async function* pages<T>(path: string, query?: GraphQuery): AsyncGenerator<T[], void, undefined> {
    let page = await graphCall(() => request(path, query).get() as Promise<GraphPage<T>>);
    yield page.value;
    while (page['@odata.nextLink']) {
      // The link carries the query already; only the headers (a Prefer, say) go with it again.
      const next = linkPath(connection.baseUrl, page['@odata.nextLink']);
      page = await graphCall(() => request(next, { headers: query?.headers }).get() as Promise<GraphPage<T>>);
      yield page.value;
    }
  }
  return {
    get: <T>(path: string, query?: GraphQuery) => graphCall(() => request(path, query).get() as Promise<T>),
    post: (path, body, headers) => send(path, headers, 'post', body),
    patch: (path, body, headers) => send(path, headers, 'patch', body),
    put: (path, body, headers) => send(path, headers, 'put', body),
    delete: async (path, headers) => {
      await graphCall(() => request(path, { headers }).delete() as Promise<unknown>);
    },
    pages,
    async all<T>(path: string, query?: GraphQuery) {
      const items: T[] = [];
      for await (const page of pages<T>(path, query)) items.push(...page);
      return items;
    },
    batch: (steps) => runBatch(connection, steps),
  };
}

type Verb = 'post' | 'patch' | 'put';

function withQuery(request: GraphRequest, query: GraphQuery): GraphRequest {
  if (query.select) request.select(query.select);
  if (query.expand) request.expand(query.expand);
  // The client puts query values into the URL as they are: a "#" in a key would end the URL there.
  if (query.filter) request.filter(encodeURIComponent(query.filter));
  if (query.orderby) request.orderby(encodeURIComponent(query.orderby));
  if (query.search) request.search(encodeURIComponent(query.search));
  if (query.top) request.top(query.top);
  if (query.headers) request.headers(query.headers);
  return request;
}
