// SharePoint lists and list items: columns, unique and indexed columns, $filter/$orderby/$top/$select,
// $expand=fields, paging, eTags with If-Match → 412, unique violations → 409.
import type { ColumnDefinition, List, ListItem } from '@microsoft/microsoft-graph-types';
import { randomUUID } from 'node:crypto';
import { type Context, isResponse, newId, paged, siteFor } from '../context';
import { type EmulatorRequest, type EmulatorResponse, badRequest, graphError, json, notFound } from '../http';
import type { ColumnType, StoredColumn, StoredList, StoredListItem, StoredSite, StoredUser } from '../model';
import { compareValues, equalValues, FilterError, matches, parseFilter } from '../odataFilter';
import { storedDateOnly } from '../siteTime';
import type { RouteParams, Router } from '../router';
import { listRefusal, siteRefusal } from '../sharePointRoles';
import { siteIdOf } from './drives';

const BUILT_IN: StoredColumn[] = [
  { name: 'Title', displayName: 'Title', type: 'text', indexed: false, enforceUniqueValues: false },
];
const FACETS: ColumnType[] = ['text', 'number', 'dateTime', 'choice', 'boolean'];

function listJson(ctx: Context, list: StoredList): List {
  return {
    id: list.id,
    name: list.displayName.replace(/\s+/g, ''),
    displayName: list.displayName,
    createdDateTime: list.createdDateTime,
    webUrl: `${ctx.baseUrl()}/lists/${list.id}`,
    list: { template: 'genericList' },
  };
}

function columnJson(column: StoredColumn): ColumnDefinition {
  const facet =
    column.type === 'note'
      ? { text: { allowMultipleLines: true } }
      : column.dateOnly
        ? { dateTime: { format: 'dateOnly' } }
        : { [column.type]: column.choices ? { choices: column.choices } : {} };
  return {
    name: column.name,
    displayName: column.displayName,
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
    ...facet,
  };
}

const identityOf = (ctx: Context, id: string) => ({
  user: { id, displayName: ctx.db.get<StoredUser>('users', id)?.displayName ?? null },
});

const etagOf = (item: StoredListItem) => `"${item.guid},${item.version}"`;

function itemJson(
  ctx: Context,
  list: StoredList,
  item: StoredListItem,
  request: EmulatorRequest,
): ListItem & { '@odata.etag': string } {
  const body: ListItem & { '@odata.etag': string } = {
    '@odata.etag': etagOf(item),
    id: item.id,
    eTag: etagOf(item),
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${ctx.baseUrl()}/lists/${list.id}/items/${item.id}`,
    // baseItem's identitySets (api-reference/v1.0/resources/listitem.md): who created and last changed it.
    createdBy: identityOf(ctx, item.createdBy),
    lastModifiedBy: identityOf(ctx, item.lastModifiedBy ?? item.createdBy),
  };
  const expand = request.query.get('$expand') ?? '';
  if (/^fields\b/.test(expand)) {
    const select = /fields\(\$?select=([^)]*)\)/
      .exec(expand)?.[1]
      ?.split(',')
      .map((name) => name.trim());
    const fields = { '@odata.etag': etagOf(item), id: item.id, ...item.fields };
    body.fields = select
      ? Object.fromEntries(
          Object.entries(fields).filter(([name]) => name === '@odata.etag' || select.includes(name)),
        )
      : fields;
  }
  const top = request.query.get('$select');
  if (top) {
    const keep = new Set(['@odata.etag', 'fields', ...top.split(',').map((name) => name.trim())]);
    return Object.fromEntries(Object.entries(body).filter(([name]) => keep.has(name))) as typeof body;
  }
  return body;
}

function listFor(
  ctx: Context,
  request: EmulatorRequest,
  siteParam: string,
  listParam: string,
): StoredList | EmulatorResponse {
  const site = siteFor(ctx, request, siteIdOf(siteParam));
  if (isResponse(site)) return site;
  const key = listParam.toLowerCase();
  const list = ctx.db
    .all<StoredList>('lists')
    .find(
      (each) => each.siteId === site.id && (each.id === listParam || each.displayName.toLowerCase() === key),
    );
  return list ?? notFound(`List ${listParam}`);
}

function parseColumn(raw: Record<string, unknown>): StoredColumn | string {
  if (typeof raw.name !== 'string' || raw.name === '') return 'Every column needs a name.';
  const facets = FACETS.filter((facet) => typeof raw[facet] === 'object' && raw[facet] !== null);
  if (facets.length !== 1) return `Column ${raw.name} must have exactly one type facet.`;
  const facet = facets[0]!;
  const settings = raw[facet] as Record<string, unknown>;
  const type: ColumnType = facet === 'text' && settings.allowMultipleLines === true ? 'note' : facet;
  return {
    name: raw.name,
    displayName: typeof raw.displayName === 'string' ? raw.displayName : raw.name,
    type,
    indexed: raw.indexed === true,
    enforceUniqueValues: raw.enforceUniqueValues === true,
    choices: Array.isArray(settings.choices) ? (settings.choices as string[]) : undefined,
    ...(facet === 'dateTime' && settings.format === 'dateOnly' ? { dateOnly: true } : {}),
  };
}

/**
 * The most characters SharePoint keeps in a "Multiple lines of text" column of a list (Microsoft Support,
 * "List and library column types and options"; Graph: textColumn.maxLength,
 * api-reference/v1.0/resources/textcolumn.md). A longer value is refused, not cut.
 */
const NOTE_MAX_LENGTH = 63_999;

/** The value a field may hold, or an error sentence: Graph checks types, lengths and choices. */
function fieldProblem(column: StoredColumn | undefined, name: string, value: unknown): string | null {
  if (name === '@odata.etag' || name === 'id') return null;
  if (!column) return `Field '${name}' is not recognized`;
  if (value === null) return null;
  if (column.type === 'number' && typeof value !== 'number') return `Field '${name}' must be a number`;
  if (column.type === 'dateTime' && (typeof value !== 'string' || Number.isNaN(Date.parse(value))))
    return `Field '${name}' must be a date`;
  if (column.type === 'boolean' && typeof value !== 'boolean') return `Field '${name}' must be true or false`;
  if ((column.type === 'text' || column.type === 'note') && typeof value !== 'string')
    return `Field '${name}' must be text`;
  if (column.type === 'text' && (value as string).length > 255)
    return `Field '${name}' is longer than 255 characters`;
  if (column.type === 'note' && (value as string).length > NOTE_MAX_LENGTH)
    return `Field '${name}' is longer than ${NOTE_MAX_LENGTH} characters`;
  if (column.type === 'choice' && !column.choices?.includes(String(value)))
    return `'${String(value)}' is not a choice of field '${name}'`;
  return null;
}

function writeFields(
  ctx: Context,
  list: StoredList,
  item: StoredListItem | null,
  fields: Record<string, unknown>,
): Record<string, unknown> | EmulatorResponse {
  const columns = [...BUILT_IN, ...list.columns];
  for (const [name, value] of Object.entries(fields)) {
    const problem = fieldProblem(
      columns.find((column) => column.name === name),
      name,
      value,
    );
    if (problem) return badRequest(problem);
  }
  const merged = { ...(item?.fields ?? {}), ...storedDays(ctx, list, columns, fields) };
  delete merged['@odata.etag'];
  delete merged.id;
  for (const column of columns.filter((each) => each.enforceUniqueValues)) {
    const value = merged[column.name];
    if (value === undefined || value === null) continue;
    const clash = ctx.db
      .all<StoredListItem>('listItems')
      .some(
        (other) =>
          other.listId === list.id && other.id !== item?.id && equalValues(other.fields[column.name], value),
      );
    if (clash) {
      return graphError(
        409,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
      );
    }
  }
  return merged;
}

/** Date-only values as SharePoint keeps them: the site's day the value falls on, at its local midnight. */
function storedDays(
  ctx: Context,
  list: StoredList,
  columns: StoredColumn[],
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const timeZone = ctx.db.get<StoredSite>('sites', list.siteId)?.timeZone ?? 'UTC';
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      const dateOnly = columns.find((column) => column.name === name)?.dateOnly === true;
      return [name, dateOnly && typeof value === 'string' ? storedDateOnly(value, timeZone) : value];
    }),
  );
}

function queryItems(ctx: Context, request: EmulatorRequest, list: StoredList): EmulatorResponse {
  let items = ctx.db.all<StoredListItem>('listItems').filter((item) => item.listId === list.id);
  const filter = request.query.get('$filter');
  if (filter) {
    let parsed: ReturnType<typeof parseFilter>;
    try {
      parsed = parseFilter(filter);
    } catch (error) {
      return badRequest((error as FilterError).message);
    }
    const honoursNonIndexed = /HonorNonIndexedQueriesWarningMayFailRandomly/i.test(
      request.headers.prefer ?? '',
    );
    const notIndexed = parsed.fields.find(
      (name) => !list.columns.find((column) => column.name === name)?.indexed,
    );
    if (notIndexed && !honoursNonIndexed) {
      return badRequest(
        `Field '${notIndexed}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    items = items.filter((item) => matches(parsed.expr, item.fields));
  }
  const orderBy = request.query.get('$orderby');
  const order = orderBy ? /^(?:fields\/)?(\w+)(?:\s+(asc|desc))?$/i.exec(orderBy.trim()) : null;
  if (orderBy && !order) return badRequest(`Cannot order by "${orderBy}".`);
  items.sort((a, b) => Number(a.id) - Number(b.id));
  if (order) {
    const sign = order[2]?.toLowerCase() === 'desc' ? -1 : 1;
    items.sort((a, b) => sign * compareValues(a.fields[order[1]!], b.fields[order[1]!]));
  }
  return paged(ctx, request, items, (item) => itemJson(ctx, list, item, request), 200, 5000);
}

export function listRoutes(router: Router, ctx: Context): void {
  router
    .on('GET', '/sites/{site}/lists', (request, params) => {
      const site = siteFor(ctx, request, siteIdOf(params.site));
      if (isResponse(site)) return site;
      return paged(
        ctx,
        request,
        ctx.db.all<StoredList>('lists').filter((list) => list.siteId === site.id),
        (list) => listJson(ctx, list),
        200,
      );
    })
    .on('POST', '/sites/{site}/lists', (request, params) => createList(ctx, request, params))
    .on('GET', '/sites/{site}/lists/{list}', (request, params) => {
      const list = listFor(ctx, request, params.site, params.list);
      return isResponse(list) ? list : json(200, listJson(ctx, list));
    })
    .on('GET', '/sites/{site}/lists/{list}/columns', (request, params) => {
      const list = listFor(ctx, request, params.site, params.list);
      return isResponse(list) ? list : json(200, { value: [...BUILT_IN, ...list.columns].map(columnJson) });
    })
    // Adds a column to an existing list (api/list-post-columns.md): 201 with the column; a name taken 409.
    .on('POST', '/sites/{site}/lists/{list}/columns', (request, params) => {
      const list = listFor(ctx, request, params.site, params.list);
      if (isResponse(list)) return list;
      const refused = listRefusal(ctx, request, list, 'manageLists');
      if (refused) return refused;
      const column = parseColumn((request.body ?? {}) as Record<string, unknown>);
      if (typeof column === 'string') return badRequest(column);
      if (
        [...BUILT_IN, ...list.columns].some((each) => each.name.toLowerCase() === column.name.toLowerCase())
      )
        return graphError(409, 'nameAlreadyExists', `A column named '${column.name}' already exists.`);
      ctx.db.put('lists', list.id, { ...list, columns: [...list.columns, column] });
      return json(201, columnJson(column));
    })
    .on('GET', '/sites/{site}/lists/{list}/items', (request, params) => {
      const list = listFor(ctx, request, params.site, params.list);
      return isResponse(list) ? list : queryItems(ctx, request, list);
    })
    .on('POST', '/sites/{site}/lists/{list}/items', (request, params) => createItem(ctx, request, params))
    .on('GET', '/sites/{site}/lists/{list}/items/{item}', (request, params) => {
      const found = itemFor(ctx, request, params);
      return isResponse(found) ? found : json(200, itemJson(ctx, found.list, found.item, request));
    })
    .on('PATCH', '/sites/{site}/lists/{list}/items/{item}/fields', (request, params) =>
      updateFields(ctx, request, params),
    )
    .on('DELETE', '/sites/{site}/lists/{list}/items/{item}', (request, params) => {
      const found = itemFor(ctx, request, params);
      if (isResponse(found)) return found;
      const refused = listRefusal(ctx, request, found.list, 'editItems', found.item.id);
      if (refused) return refused;
      const ifMatch = request.headers['if-match'];
      if (ifMatch && ifMatch !== '*' && ifMatch !== etagOf(found.item))
        return graphError(412, 'resourceModified', 'The resource has been modified since it was read.');
      ctx.db.delete('listItems', `${found.list.id}/${found.item.id}`);
      return { status: 204 };
    });
}

/** POST a list (api/list-create.md) with its columns; a second list of the same name is refused. */
function createList(ctx: Context, request: EmulatorRequest, params: RouteParams): EmulatorResponse {
  const site = siteFor(ctx, request, siteIdOf(params.site));
  if (isResponse(site)) return site;
  const refused = siteRefusal(ctx, request, site);
  if (refused) return refused;
  const body = (request.body ?? {}) as { displayName?: unknown; columns?: unknown };
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '')
    return badRequest('A list needs a displayName.');
  const displayName = body.displayName;
  if (
    ctx.db
      .all<StoredList>('lists')
      .some((list) => list.siteId === site.id && list.displayName.toLowerCase() === displayName.toLowerCase())
  ) {
    return graphError(
      409,
      'nameAlreadyExists',
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site. Title: ${displayName}`,
    );
  }
  const columns: StoredColumn[] = [];
  for (const raw of Array.isArray(body.columns) ? (body.columns as Record<string, unknown>[]) : []) {
    const column = parseColumn(raw);
    if (typeof column === 'string') return badRequest(column);
    columns.push(column);
  }
  const list: StoredList = {
    id: newId(),
    siteId: site.id,
    displayName,
    columns,
    createdDateTime: ctx.now().toISOString(),
    nextItemId: 1,
  };
  ctx.db.put('lists', list.id, list);
  return json(201, listJson(ctx, list));
}

/** POST a list item (api/listitem-create.md); a unique column already holding the value answers 409. */
function createItem(ctx: Context, request: EmulatorRequest, params: RouteParams): EmulatorResponse {
  const list = listFor(ctx, request, params.site, params.list);
  if (isResponse(list)) return list;
  const refused = listRefusal(ctx, request, list, 'editItems');
  if (refused) return refused;
  const fields = (request.body as { fields?: Record<string, unknown> } | null)?.fields;
  if (!fields || typeof fields !== 'object') return badRequest('A list item needs its fields.');
  const merged = writeFields(ctx, list, null, fields);
  if (isResponse(merged)) return merged;
  const now = ctx.now().toISOString();
  const item: StoredListItem = {
    id: String(list.nextItemId),
    listId: list.id,
    guid: randomUUID(),
    version: 1,
    fields: merged,
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdBy: request.user!.id,
  };
  ctx.db.put('lists', list.id, { ...list, nextItemId: list.nextItemId + 1 });
  ctx.db.put('listItems', `${list.id}/${item.id}`, item);
  return json(201, itemJson(ctx, list, item, withFields(request)));
}

/** PATCH an item's fields (api/listitem-update.md), If-Match → 412 on another version. */
function updateFields(ctx: Context, request: EmulatorRequest, params: RouteParams): EmulatorResponse {
  const found = itemFor(ctx, request, params);
  if (isResponse(found)) return found;
  const { list, item } = found;
  const refused = listRefusal(ctx, request, list, 'editItems', item.id);
  if (refused) return refused;
  const ifMatch = request.headers['if-match'];
  if (ifMatch && ifMatch !== '*' && ifMatch !== etagOf(item) && ifMatch !== etagOf(item).slice(1, -1)) {
    return graphError(
      412,
      'resourceModified',
      'The resource has been modified since it was read (If-Match did not match the current eTag).',
    );
  }
  const merged = writeFields(ctx, list, item, (request.body ?? {}) as Record<string, unknown>);
  if (isResponse(merged)) return merged;
  const updated: StoredListItem = {
    ...item,
    fields: merged,
    version: item.version + 1,
    lastModifiedDateTime: ctx.now().toISOString(),
    lastModifiedBy: request.user!.id,
  };
  ctx.db.put('listItems', `${list.id}/${item.id}`, updated);
  return json(200, { '@odata.etag': etagOf(updated), id: updated.id, ...updated.fields });
}

function withFields(request: EmulatorRequest): EmulatorRequest {
  const query = new URLSearchParams(request.query);
  query.set('$expand', 'fields');
  return { ...request, query };
}

function itemFor(
  ctx: Context,
  request: EmulatorRequest,
  params: RouteParams,
): { list: StoredList; item: StoredListItem } | EmulatorResponse {
  const list = listFor(ctx, request, params.site, params.list);
  if (isResponse(list)) return list;
  const item = ctx.db.get<StoredListItem>('listItems', `${list.id}/${params.item}`);
  return item ? { list, item } : notFound(`Item ${params.item}`);
}
