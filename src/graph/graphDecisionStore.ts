// The DecisionStore on a SharePoint list through Graph.
import { DecisionConflict } from '../domain/decisions/DecisionStore';
import { type DecisionStore, type StoredDecision } from '../domain/ports';
import { type Decision, sameDecision } from '../domain/decisions/decision';
import type { GraphConnection } from './createGraphClient';
import {
  DECISION_COLUMNS,
  DECISION_LIST,
  type DayColumns,
  decisionToFields,
  fieldsToDecision,
  KEY_FIELD,
} from './decisionFields';
import { GraphFailure } from './GraphFailure';
import type { ListItemRecord } from './listItemMapper';
import {
  createListItem,
  ensureList,
  findList,
  getListItem,
  type ListRef,
  listItems,
  odataString,
  updateListItem,
} from './lists';
import { dayColumnsOf, migrateDecisionList } from './migrateDecisionList';
import { createManyByKey, upsertManyByKey } from './upsertByKey';

interface Target extends ListRef {
  days: DayColumns;
}

const toStored = (record: ListItemRecord, days: DayColumns): StoredDecision => ({
  id: record.id,
  eTag: record.eTag,
  decision: fieldsToDecision(record.fields, days),
  modifiedBy: record.modifiedBy ?? null,
  modifiedAt: record.modifiedAt ?? null,
});

const previousDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The filter for meetings from `from` to `to` (days, both included). A legacy dateOnly value for day D
 * reads back in (D-1 00:00Z, D 00:00Z] whatever the site's time zone (see legacyDay), so the instants
 * are bounded by that, not by D's own UTC midnight, which missed the first day.
 */
function dayRangeFilter(days: DayColumns, from: string, to: string): string {
  return days === 'text'
    ? `fields/MeetingDay ge '${from}' and fields/MeetingDay le '${to}'`
    : `fields/MeetingDate gt '${previousDay(from)}T00:00:00Z' and fields/MeetingDate le '${to}T00:00:00Z'`;
}

/** Where the decisions are kept: looked for to read, provisioned (and migrated) to write. */
function decisionList(connection: GraphConnection, site: string | (() => Promise<string>), listName: string) {
  let list: Promise<Target> | null = null;
  let siteIdOnce: Promise<string> | null = null;
  const siteId = () => (siteIdOnce ??= typeof site === 'string' ? Promise.resolve(site) : site());
  // Writing provisions (and migrates) the list; reading only looks, so a member who may not create
  // lists still reads, from the legacy columns if need be.
  const forWriting = () => {
    list ??= siteId()
      .then((id) => ensureList(connection, id, listName, DECISION_COLUMNS))
      .then(async (found) => ({ ...found, days: await migrateDecisionList(connection, found) }));
    list.catch(() => (list = siteIdOnce = null)); // a failed lookup is tried again on the next call
    return list;
  };
  let migrated: Target | null = null; // once a list has its day columns it keeps them
  const forReading = async (): Promise<Target | null> => {
    if (list) return list;
    if (migrated) return migrated;
    const id = await siteId();
    const listId = await findList(connection, id, listName);
    if (!listId) return null;
    const found: Target = {
      siteId: id,
      listId,
      days: await dayColumnsOf(connection, { siteId: id, listId }),
    };
    if (found.days === 'text') migrated = found;
    return found;
  };
  return { forWriting, forReading };
}

async function byKey(
  connection: GraphConnection,
  target: Target,
  key: string,
): Promise<StoredDecision | null> {
  const found = await listItems(connection, target, {
    filter: `fields/${KEY_FIELD} eq ${odataString(key)}`,
  });
  return found[0] ? toStored(found[0], target.days) : null;
}

async function createDecision(
  connection: GraphConnection,
  target: Target,
  decision: Decision,
): Promise<StoredDecision> {
  try {
    return toStored(
      await createListItem(connection, target, decisionToFields(decision, target.days)),
      target.days,
    );
  } catch (error) {
    // A 409 (the key is taken) or a lost answer: the list tells whether the item is ours or another's.
    if (!(error instanceof GraphFailure) || (error.code !== 'conflict' && error.code !== 'network'))
      throw error;
    const existing = await byKey(connection, target, decision.key);
    if (!existing) throw error;
    if (sameDecision(existing.decision, decision)) return existing; // our own create, its answer lost
    throw new DecisionConflict(decision, existing);
  }
}

/** Saves an edit only over the version that was read; someone else's newer version is a conflict. */
async function saveDecision(
  connection: GraphConnection,
  target: Target,
  read: StoredDecision,
  edited: Decision,
): Promise<StoredDecision> {
  try {
    const fields = decisionToFields(edited, target.days);
    await updateListItem(connection, target, read.id, fields, read.eTag);
  } catch (error) {
    if (error instanceof GraphFailure && error.code === 'precondition-failed') {
      const theirs = toStored(await getListItem(connection, target, read.id), target.days);
      throw new DecisionConflict(edited, theirs);
    }
    throw error;
  }
  return toStored(await getListItem(connection, target, read.id), target.days);
}

export function graphDecisionStore(
  connection: GraphConnection,
  /** The site's id, or how to find it (the channel's site, channelSite.ts, looked up when first needed). */
  site: string | (() => Promise<string>),
  listName = DECISION_LIST,
): DecisionStore {
  const { forWriting, forReading } = decisionList(connection, site, listName);
  const rowsOf = (decisions: readonly Decision[], target: Target) =>
    decisions.map((decision) => decisionToFields(decision, target.days));
  return {
    async ensure() {
      await forWriting();
    },
    async upsert(decisions, onProgress) {
      const target = await forWriting();
      return upsertManyByKey(connection, target, KEY_FIELD, rowsOf(decisions, target), onProgress);
    },
    async createMissing(decisions, onProgress) {
      const target = await forWriting();
      return createManyByKey(connection, target, KEY_FIELD, rowsOf(decisions, target), onProgress);
    },
    create: async (decision) => createDecision(connection, await forWriting(), decision),
    save: async (read, edited) => saveDecision(connection, await forWriting(), read, edited),
    async get(key) {
      const target = await forReading();
      return target ? byKey(connection, target, key) : null;
    },
    async between(from, to) {
      const target = await forReading();
      if (!target) return [];
      const found = await listItems(connection, target, { filter: dayRangeFilter(target.days, from, to) });
      return found
        .map((record) => toStored(record, target.days))
        .filter(({ decision }) => decision.meetingDate >= from && decision.meetingDate <= to);
    },
  };
}
