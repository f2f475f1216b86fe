// SharePoint lists through Graph: find or create a list with its columns, and read, create, update and
// delete its items with eTags.
import type { ColumnDefinition as GraphColumnDefinition } from '@microsoft/microsoft-graph-types';
import { allPages, type GraphPage, graphCall, linkPath } from './call';
import type { GraphConnection } from './createGraphClient';
import { GraphFailure } from './GraphFailure';
import { type FieldValue, type ListItemRecord, toListItemRecord } from './listItemMapper';

/** A column as Graph creates it (resources/columndefinition.md): a name and one facet (text, number …). */
export type ColumnDefinition = GraphColumnDefinition & { name: string };

export interface ListRef {
  siteId: string;
  listId: string;
}

const itemsPath = (list: ListRef) => `/sites/${list.siteId}/lists/${list.listId}/items`;

/** The list's id, or null when the site has no list of that name. */
export async function findList(
  connection: GraphConnection,
  siteId: string,
  displayName: string,
): Promise<string | null> {
  try {
    const list = await graphCall(
      () =>
        connection.client.api(`/sites/${siteId}/lists/${encodeURIComponent(displayName)}`).get() as Promise<{
          id: string;
        }>,
    );
    return list.id;
  } catch (error) {
    if (error instanceof GraphFailure && error.code === 'not-found') return null;
    throw error;
  }
}

/**
 * The list, created with its columns when missing. Idempotent: two tabs provisioning at once both end
 * with the one list, because the loser's 409 sends it to read the winner's; a create whose answer was
 * lost is looked for, and made again only if it did not happen.
 */
export async function ensureList(
  connection: GraphConnection,
  siteId: string,
  displayName: string,
  columns: ColumnDefinition[],
): Promise<ListRef> {
  let lastFailure: GraphFailure | null = null;
  for (let attempt = 1; attempt <= connection.retry.maxAttempts; attempt += 1) {
    const existing = await findList(connection, siteId, displayName);
    if (existing) return { siteId, listId: existing };
    try {
      const created = await graphCall(
        () =>
          connection.client
            .api(`/sites/${siteId}/lists`)
            .post({ displayName, columns, list: { template: 'genericList' } }) as Promise<{ id: string }>,
      );
      return { siteId, listId: created.id };
    } catch (error) {
      if (!(error instanceof GraphFailure) || (error.code !== 'conflict' && error.code !== 'network'))
        throw error;
      lastFailure = error; // taken meanwhile, or unknown outcome: the next look tells
    }
  }
  throw lastFailure!;
}

export interface ItemQuery {
  filter?: string;
  orderBy?: string;
  top?: number;
  /** Allow filtering on a column that is not indexed (SharePoint may refuse on large lists). */
  nonIndexed?: boolean;
}

/** Every item matching the query, all pages read. */
export async function listItems(
  connection: GraphConnection,
  list: ListRef,
  query: ItemQuery = {},
): Promise<ListItemRecord[]> {
  const request = connection.client.api(itemsPath(list)).expand('fields');
  // The client puts query values into the URL as they are: a "#" in a key would end the URL there.
  if (query.filter) request.filter(encodeURIComponent(query.filter));
  if (query.orderBy) request.orderby(encodeURIComponent(query.orderBy));
  if (query.top) request.top(query.top);
  if (query.nonIndexed) request.header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly');
  const items = await allPages<unknown>(
    () => request.get() as Promise<GraphPage<unknown>>,
    (link) => connection.client.api(linkPath(connection.baseUrl, link)).get() as Promise<GraphPage<unknown>>,
  );
  return items.map(toListItemRecord);
}

export async function getListItem(
  connection: GraphConnection,
  list: ListRef,
  itemId: string,
): Promise<ListItemRecord> {
  return toListItemRecord(
    await graphCall(
      () =>
        connection.client
          .api(`${itemsPath(list)}/${itemId}`)
          .expand('fields')
          .get() as Promise<unknown>,
    ),
  );
}

export async function createListItem(
  connection: GraphConnection,
  list: ListRef,
  fields: Record<string, FieldValue>,
): Promise<ListItemRecord> {
  return toListItemRecord(
    await graphCall(() => connection.client.api(itemsPath(list)).post({ fields }) as Promise<unknown>),
  );
}

/** Updates fields; with `eTag`, only if nobody changed the item since (else GraphFailure 'precondition-failed'). */
export async function updateListItem(
  connection: GraphConnection,
  list: ListRef,
  itemId: string,
  fields: Record<string, FieldValue>,
  eTag?: string,
): Promise<ListItemRecord> {
  const request = connection.client.api(`${itemsPath(list)}/${itemId}/fields`);
  if (eTag) request.header('If-Match', eTag);
  const answer = (await graphCall(() => request.patch(fields) as Promise<Record<string, unknown>>)) ?? {};
  return toListItemRecord({ id: itemId, eTag: answer['@odata.etag'], fields: answer });
}

export async function deleteListItem(
  connection: GraphConnection,
  list: ListRef,
  itemId: string,
): Promise<void> {
  await graphCall(() => connection.client.api(`${itemsPath(list)}/${itemId}`).delete() as Promise<unknown>);
}

/** The OData literal for a text value ('it''s'). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
