// One record per meeting in a SharePoint list the app owns: an item per meeting date (a unique, indexed
// text column), the record as JSON in a multi-line text column, and its eTag as its version. A write
// names the version it replaces: If-Match on the item's update (api-reference/v1.0/api/listitem-update.md,
// 412 when it changed), or a create that the unique date refuses to a second writer (409). The meeting
// progress and the publication records are such lists. A record is read by the item id known from an
// earlier read: a single-item GET, SharePoint's cheapest request (1 resource unit; sp-dev-docs
// how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online.md). The list is created on the first
// write only, so a reader without Sites.Manage.All never needs it.
import type { MeetingRecordStore } from '../domain/ports';
import type { GraphConnection } from './createGraphClient';
import { GraphFailure } from './GraphFailure';
import type { ListItemRecord } from './listItemMapper';
import {
  type ColumnDefinition,
  createListItem,
  ensureList,
  findList,
  getListItem,
  type ListRef,
  listItems,
  odataString,
  updateListItem,
} from './lists';
import { onceUnlessFailed } from './onceUnlessFailed';

/** How a record is kept in its column: its meeting, and its JSON both ways. */
export interface MeetingRecordCodec<T> {
  column: string;
  /** The record's unique key: its meeting's date, or what `keyColumn` names (a point's key). */
  meetingDate: (record: T) => string;
  /** The unique, indexed text column holding the key; 'MeetingDate' unless named. */
  keyColumn?: string;
  toJson: (record: T) => string;
  fromJson: (meetingDate: string, json: unknown) => T;
}

export interface VersionedRecord<T> {
  record: T;
  version: string;
}

export interface MeetingRecords<T> {
  read(meetingDate: string): Promise<VersionedRecord<T> | null>;
  /** Rejects with GraphFailure 'precondition-failed' or 'conflict' when `replaces` is not the stored version. */
  write(next: T, replaces: string | null): Promise<VersionedRecord<T>>;
}

/** The meeting's item by the id read before, if any: a single-item GET, SharePoint's cheapest request. */
async function knownItem(
  connection: GraphConnection,
  list: ListRef,
  itemIds: Map<string, string>,
  date: string,
): Promise<ListItemRecord | null> {
  const id = itemIds.get(date);
  if (!id) return null;
  try {
    return await getListItem(connection, list, id);
  } catch (error) {
    if (!(error instanceof GraphFailure) || error.code !== 'not-found') throw error;
    itemIds.delete(date); // deleted meanwhile: look it up by date again
    return null;
  }
}

/**
 * The records as a port whose stored value names the record by `key` (`{ progress, version }`,
 * `{ publication, version }`).
 */
export function meetingRecordPort<T, K extends string>(
  records: MeetingRecords<T>,
  key: K,
): MeetingRecordStore<T, Record<K, T> & { version: string }> {
  const named = (stored: VersionedRecord<T>) =>
    ({ [key]: stored.record, version: stored.version }) as Record<K, T> & { version: string };
  return {
    read: async (date) => {
      const stored = await records.read(date);
      return stored && named(stored);
    },
    write: async (next, replaces) => named(await records.write(next, replaces)),
  };
}

export function graphMeetingRecords<T>(
  connection: GraphConnection,
  siteId: () => Promise<string>,
  listName: string,
  codec: MeetingRecordCodec<T>,
): MeetingRecords<T> {
  const keyColumn = codec.keyColumn ?? 'MeetingDate';
  const columns: ColumnDefinition[] = [
    // Text, not a date: SharePoint moves a date-only value to the site's midnight in UTC (DESIGN.md §3).
    { name: keyColumn, text: {}, indexed: true, enforceUniqueValues: true },
    { name: codec.column, text: { allowMultipleLines: true } },
  ];
  let list: ListRef | null = null;
  // The site is looked up once, not on every poll before the list exists.
  const siteOnce = onceUnlessFailed(siteId);
  const itemIds = new Map<string, string>();
  const stored = (date: string, item: ListItemRecord): VersionedRecord<T> => {
    itemIds.set(date, item.id);
    return { record: codec.fromJson(date, item.fields[codec.column]), version: item.eTag };
  };

  async function read(date: string): Promise<VersionedRecord<T> | null> {
    if (!list) {
      const where = await siteOnce();
      const listId = await findList(connection, where, listName);
      if (!listId) return null; // nothing recorded yet
      list = { siteId: where, listId };
    }
    const known = await knownItem(connection, list, itemIds, date);
    if (known) return stored(date, known);
    const [found] = await listItems(connection, list, {
      filter: `fields/${keyColumn} eq ${odataString(date)}`,
    });
    return found ? stored(date, found) : null;
  }

  async function write(next: T, replaces: string | null): Promise<VersionedRecord<T>> {
    list ??= await ensureList(connection, await siteOnce(), listName, columns);
    const date = codec.meetingDate(next);
    const fields = { [codec.column]: codec.toJson(next) };
    if (replaces === null) {
      // A 409 (someone wrote it first) goes to the caller, who reads the stored one.
      const created = await createListItem(connection, list, {
        Title: `Chefforum ${date}`,
        [keyColumn]: date,
        ...fields,
      });
      return stored(date, created);
    }
    if (!itemIds.has(date)) await read(date);
    const id = itemIds.get(date);
    if (!id) throw new GraphFailure('precondition-failed', `no record stored for ${date}`);
    const updated = await updateListItem(connection, list, id, fields, replaces);
    return { record: next, version: updated.eTag };
  }

  return { read, write };
}
