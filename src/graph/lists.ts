// SharePoint lists through Graph: find or create a list with its columns, and read, create, update and
// delete its items with eTags.
import type { ColumnDefinition as GraphColumnDefinition } from '@microsoft/microsoft-graph-types';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import { GraphFailure } from './GraphFailure';
import { type FieldValue, type ListItemRecord, toListItemRecord } from './listItemMapper';

/** A column as Graph creates it (resources/columndefinition.md): a name and one facet (text, number …). */
export type ColumnDefinition = GraphColumnDefinition & { name: string };

export interface ListRef {
  siteId: string;
  listId: string;
}

const itemsPath = (list: ListRef) => `/sites/${list.siteId}/lists/${list.listId}/items`;

/**
 * The list's id, or null when the site has no list of that name. Looked for among the site's lists
 * (list-list.md: `GET /sites/{site-id}/lists`, page by page, stopping at the match) rather than asked for
 * by title, which answers a missing list with a 404 the browser logs on every first open.
 */
export async function findList(
  connection: GraphConnection,
  siteId: string,
  displayName: string,
): Promise<string | null> {
  const wanted = displayName.toLowerCase(); // SharePoint list titles are unique regardless of case
  const lists = graphAccess(connection).pages<{ id: string; displayName?: string }>(
    `/sites/${siteId}/lists`,
    {
      select: 'id,displayName',
    },
  );
  for await (const page of lists) {
    const found = page.find((list) => list.displayName?.toLowerCase() === wanted);
    if (found) return found.id;
  }
  return null;
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
      const created = await graphAccess(connection).post<{ id: string }>(`/sites/${siteId}/lists`, {
        displayName,
        columns,
        list: { template: 'genericList' },
      });
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
  const items = await graphAccess(connection).all<unknown>(itemsPath(list), {
    expand: 'fields',
    filter: query.filter,
    orderby: query.orderBy,
    top: query.top,
    headers: query.nonIndexed ? { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } : undefined,
  });
  return items.map(toListItemRecord);
}

export async function getListItem(
  connection: GraphConnection,
  list: ListRef,
  itemId: string,
): Promise<ListItemRecord> {
  return toListItemRecord(
    await graphAccess(connection).get<unknown>(`${itemsPath(list)}/${itemId}`, { expand: 'fields' }),
  );
}

export async function createListItem(
  connection: GraphConnection,
  list: ListRef,
  fields: Record<string, FieldValue>,
): Promise<ListItemRecord> {
  return toListItemRecord(await graphAccess(connection).post<unknown>(itemsPath(list), { fields }));
}

/** Updates fields; with `eTag`, only if nobody changed the item since (else GraphFailure 'precondition-failed'). */
export async function updateListItem(
  connection: GraphConnection,
  list: ListRef,
  itemId: string,
  fields: Record<string, FieldValue>,
  eTag?: string,
): Promise<ListItemRecord> {
  const path = `${itemsPath(list)}/${itemId}/fields`;
  const headers = eTag ? { 'If-Match': eTag } : undefined;
  const answer = (await graphAccess(connection).patch<Record<string, unknown>>(path, fields, headers)) ?? {};
  return toListItemRecord({ id: itemId, eTag: answer['@odata.etag'], fields: answer });
}

/** The OData literal for a text value ('it''s'). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
