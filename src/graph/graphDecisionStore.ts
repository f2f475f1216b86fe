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
import { createListItem, ensureList, getListItem, type ListRef, listItems, odataString, updateListItem } from './lists';
import { upsertManyByKey } from './upsertByKey';

const toStored = (record: ListItemRecord): StoredDecision => ({
  id: record.id,
  eTag: record.eTag,
  decision: fieldsToDecision(record.fields),
});

export function graphDecisionStore(
  connection: GraphConnection,
  siteId: string,
  listName = DECISION_LIST,
): DecisionStore {
  let list: Promise<ListRef> | null = null;
  const ref = () => (list ??= ensureList(connection, siteId, listName, DECISION_COLUMNS));
  const get = async (key: string): Promise<StoredDecision | null> => {
    const found = await listItems(connection, await ref(), {
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
      const filter = `fields/MeetingDate ge '${from}T00:00:00Z' and fields/MeetingDate le '${to}T23:59:59Z'`;
      return (await listItems(connection, await ref(), { filter })).map(toStored);
    },
  };
}
