// A decision list made before the text day columns (MeetingDate and Deadline as dateOnly columns) gets
// MeetingDay and DeadlineDay added and every item's days copied into them, converted to the day the
// old app meant; the old columns and their values stay. Safe to repeat and to run from two tabs at once.
import type { GraphPage } from './call';
import type { GraphConnection } from './createGraphClient';
import { DAY_COLUMNS, type DayColumns, legacyDay } from './decisionFields';
import { graphAccess } from './GraphAccess';
import { GraphFailure } from './GraphFailure';
import { type ListRef, listItems } from './lists';

const listPath = (list: ListRef) => `/sites/${list.siteId}/lists/${list.listId}`;

/** The names of the list's columns. */
export async function columnNames(connection: GraphConnection, list: ListRef): Promise<string[]> {
  const page = await graphAccess(connection).get<GraphPage<{ name: string }>>(`${listPath(list)}/columns`, {
    select: 'name',
  });
  return page.value.map((column) => column.name);
}

/** Where the list keeps its days, by its columns: read-only, for members who may not migrate it. */
export async function dayColumnsOf(connection: GraphConnection, list: ListRef): Promise<DayColumns> {
  return (await columnNames(connection, list)).includes('MeetingDay') ? 'text' : 'legacy';
}

/**
 * Migrates the list when it has the legacy columns (api/list-post-columns.md needs Sites.Manage.All).
 * Answers 'text' once the day columns hold every item's days; 'legacy' when this user may not add
 * columns, so the caller keeps writing the old columns the way the old app did and loses nothing.
 */
export async function migrateDecisionList(connection: GraphConnection, list: ListRef): Promise<DayColumns> {
  const names = await columnNames(connection, list);
  if (!names.includes('MeetingDate')) return 'text';
  try {
    for (const column of DAY_COLUMNS.filter((each) => !names.includes(each.name)))
      await addColumn(connection, list, column);
  } catch (error) {
    if (error instanceof GraphFailure && error.code === 'forbidden') return 'legacy';
    throw error;
  }
  await copyLegacyDays(connection, list);
  return 'text';
}

async function addColumn(connection: GraphConnection, list: ListRef, column: object): Promise<void> {
  try {
    await graphAccess(connection).post<unknown>(`${listPath(list)}/columns`, column);
  } catch (error) {
    // Another tab added it meanwhile.
    if (!(error instanceof GraphFailure && error.code === 'conflict')) throw error;
  }
}

/** Every item without a MeetingDay gets both days from the legacy columns, in $batch requests. */
async function copyLegacyDays(connection: GraphConnection, list: ListRef): Promise<void> {
  // Every item is read: MeetingDay is not yet filled, so it cannot be filtered on.
  const pending = (await listItems(connection, list)).filter(
    (item) => typeof item.fields.MeetingDay !== 'string' && typeof item.fields.MeetingDate === 'string',
  );
  const steps = pending.map((item) => ({
    id: item.id,
    method: 'PATCH' as const,
    url: `${listPath(list)}/items/${item.id}/fields`,
    body: {
      MeetingDay: legacyDay(item.fields.MeetingDate as string),
      DeadlineDay: legacyDay(typeof item.fields.Deadline === 'string' ? item.fields.Deadline : null),
    },
  }));
  const results = await graphAccess(connection).batch(steps);
  const failed = [...results.values()].find((result) => result.status >= 300);
  if (failed) throw GraphFailure.fromResponse(failed.status, failed.body);
}
