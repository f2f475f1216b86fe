// MeetingProgressStore on a SharePoint list of the channel's site, one item per meeting date
// ("Chefforum mødeforløb"). A panel following the meeting reads its one item by id: a single-item GET,
// SharePoint's cheapest request (1 resource unit; sp-dev-docs how-to-avoid-getting-throttled-or-
// blocked-in-sharepoint-online.md). listitem-get.md documents no If-None-Match, so the read is a plain
// GET of a small item, not a conditional one. The list is created on the first write only, so a
// participant without Sites.Manage.All never needs it.
import type { MeetingProgressStore, StoredProgress } from '../domain/meetingProgress/MeetingProgressStore';
import {
  type MeetingProgress,
  progressFromJson,
  progressToJson,
} from '../domain/meetingProgress/meetingProgress';
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

export const PROGRESS_LIST = 'Chefforum mødeforløb';

const PROGRESS_COLUMNS: ColumnDefinition[] = [
  // Text, not a date: SharePoint moves a date-only value to the site's midnight in UTC (DESIGN.md §3).
  { name: 'MeetingDate', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'Progress', text: { allowMultipleLines: true } },
];

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

export function graphMeetingProgressStore(
  connection: GraphConnection,
  siteId: () => Promise<string>,
  listName = PROGRESS_LIST,
): MeetingProgressStore {
  let list: ListRef | null = null;
  // The site is looked up once, not on every poll before the list exists.
  const siteOnce = onceUnlessFailed(siteId);
  const itemIds = new Map<string, string>();
  const stored = (date: string, item: ListItemRecord): StoredProgress => {
    itemIds.set(date, item.id);
    return { progress: progressFromJson(date, item.fields.Progress), version: item.eTag };
  };

  async function read(date: string): Promise<StoredProgress | null> {
    if (!list) {
      const where = await siteOnce();
      const listId = await findList(connection, where, listName);
      if (!listId) return null; // nobody has started a meeting yet
      list = { siteId: where, listId };
    }
    const known = await knownItem(connection, list, itemIds, date);
    if (known) return stored(date, known);
    const [found] = await listItems(connection, list, {
      filter: `fields/MeetingDate eq ${odataString(date)}`,
    });
    return found ? stored(date, found) : null;
  }

  async function write(next: MeetingProgress, replaces: string | null): Promise<StoredProgress> {
    list ??= await ensureList(connection, await siteOnce(), listName, PROGRESS_COLUMNS);
    const date = next.meetingDate;
    const fields = { Progress: progressToJson(next) };
    if (replaces === null) {
      // A 409 (someone started it first) goes to the caller, who reads the stored one.
      const created = await createListItem(connection, list, {
        Title: `Chefforum ${date}`,
        MeetingDate: date,
        ...fields,
      });
      return stored(date, created);
    }
    if (!itemIds.has(date)) await read(date);
    const id = itemIds.get(date);
    if (!id) throw new GraphFailure('precondition-failed', `no progress stored for ${date}`);
    const updated = await updateListItem(connection, list, id, fields, replaces);
    return { progress: next, version: updated.eTag };
  }

  return { read, write };
}
