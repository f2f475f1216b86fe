// The DecisionStore on a SharePoint list through Graph.
import { DecisionConflict, type DecisionStore, type StoredDecision } from '../domain/decisions/DecisionStore';
import { type Decision, sameDecision } from '../domain/decisions/decision';
import type { GraphConnection } from './createGraphClient';
import {
  DECISION_COLUMNS,
  DECISION_LIST,
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
import { createManyByKey, upsertManyByKey } from './upsertByKey';

const toStored = (record: ListItemRecord): StoredDecision => ({
  id: record.id,
  eTag: record.eTag,
  decision: fieldsToDecision(record.fields),
  modifiedBy: record.modifiedBy ?? null,
  modifiedAt: record.modifiedAt ?? null,
});

export function graphDecisionStore(
  connection: GraphConnection,
  /** The site's id, or how to find it (the team's site is looked up when first needed). */
  site: string | (() => Promise<string>),
  listName = DECISION_LIST,
): DecisionStore {
  let list: Promise<ListRef> | null = null;
  let siteIdOnce: Promise<string> | null = null;
  const siteId = () => (siteIdOnce ??= typeof site === 'string' ? Promise.resolve(site) : site());
  // Writing provisions the list; reading only looks, so a member who may not create lists still reads.
  const ref = () => {
    list ??= siteId().then((id) => ensureList(connection, id, listName, DECISION_COLUMNS));
    list.catch(() => (list = siteIdOnce = null)); // a failed lookup is tried again on the next call
    return list;
  };
  const existing = async (): Promise<ListRef | null> => {
    if (list) return list;
    const id = await siteId();
    const listId = await findList(connection, id, listName);
    return listId ? { siteId: id, listId } : null;
  };
  const get = async (key: string): Promise<StoredDecision | null> => {
    const target = await existing();
    if (!target) return null;
    const found = await listItems(connection, target, {
      filter: `fields/${KEY_FIELD} eq ${odataString(key)}`,
    });
    return found[0] ? toStored(found[0]) : null;
  };
  return {
    async ensure() {
      await ref();
    },
    async upsert(decisions, onProgress) {
      return upsertManyByKey(connection, await ref(), KEY_FIELD, decisions.map(decisionToFields), onProgress);
    },
    async createMissing(decisions, onProgress) {
      return createManyByKey(connection, await ref(), KEY_FIELD, decisions.map(decisionToFields), onProgress);
    },
    async create(decision) {
      const target = await ref();
      try {
        return toStored(await createListItem(connection, target, decisionToFields(decision)));
      } catch (error) {
        // A 409 (the key is taken) or a lost answer: the list tells whether the item is ours or another's.
        if (!(error instanceof GraphFailure) || (error.code !== 'conflict' && error.code !== 'network'))
          throw error;
        const existing = await get(decision.key);
        if (!existing) throw error;
        if (sameDecision(existing.decision, decision)) return existing; // our own create, its answer lost
        throw new DecisionConflict(decision, existing);
      }
    },
    async save(read: StoredDecision, edited: Decision) {
      const target = await ref();
      try {
        await updateListItem(connection, target, read.id, decisionToFields(edited), read.eTag);
      } catch (error) {
        if (error instanceof GraphFailure && error.code === 'precondition-failed') {
          throw new DecisionConflict(edited, toStored(await getListItem(connection, target, read.id)));
        }
        throw error;
      }
      return toStored(await getListItem(connection, target, read.id));
    },
    get,
    async between(from, to) {
      const target = await existing();
      if (!target) return [];
      const filter = `fields/MeetingDate ge '${from}T00:00:00Z' and fields/MeetingDate le '${to}T23:59:59Z'`;
      return (await listItems(connection, target, { filter })).map(toStored);
    },
  };
}
