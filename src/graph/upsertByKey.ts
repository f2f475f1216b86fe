// Create-or-update list items by a unique key column (the decision list's DecisionKey), exactly once
// however often a request is throttled, fails or loses its answer: a create that finds the key taken
// (409), or whose answer never came, reads the item by key and updates it instead.
import { type BatchStep, runBatch } from './batch';
import type { GraphConnection } from './createGraphClient';
import { GraphFailure } from './GraphFailure';
import type { FieldValue, ListItemRecord } from './listItemMapper';
import { createListItem, type ListRef, listItems, odataString, updateListItem } from './lists';

export type Fields = Record<string, FieldValue>;

async function findByKey(
  connection: GraphConnection,
  list: ListRef,
  keyField: string,
  key: string,
): Promise<ListItemRecord | null> {
  const found = await listItems(connection, list, { filter: `fields/${keyField} eq ${odataString(key)}` });
  return found[0] ?? null;
}

/** One item by its key: created when new, else its fields updated. */
export async function upsertByKey(
  connection: GraphConnection,
  list: ListRef,
  keyField: string,
  fields: Fields,
): Promise<ListItemRecord> {
  const key = String(fields[keyField]);
  let lastFailure: GraphFailure | null = null;
  for (let attempt = 1; attempt <= connection.retry.maxAttempts; attempt += 1) {
    try {
      return await createListItem(connection, list, fields);
    } catch (error) {
      if (!(error instanceof GraphFailure) || (error.code !== 'conflict' && error.code !== 'network'))
        throw error;
      lastFailure = error;
    }
    // The key is taken, or the create's answer was lost: whatever happened, the list now tells.
    const existing = await findByKey(connection, list, keyField, key);
    if (existing) return updateListItem(connection, list, existing.id, fields);
  }
  throw lastFailure!;
}

/**
 * Many items by key, in $batch requests of 20. Creates go first; the few keys that already existed
 * (409), or whose batch answer was lost, are then read back and upserted one by one.
 */
export async function upsertManyByKey(
  connection: GraphConnection,
  list: ListRef,
  keyField: string,
  rows: readonly Fields[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ created: number; updated: number }> {
  const base = `/sites/${list.siteId}/lists/${list.listId}/items`;
  const creates: BatchStep[] = rows.map((fields, index) => ({
    id: String(index),
    method: 'POST',
    url: base,
    body: { fields },
  }));
  const toUpdate: Fields[] = [];
  let created = 0;
  for (let at = 0; at < creates.length; at += 20) {
    const chunk = creates.slice(at, at + 20);
    let results: Awaited<ReturnType<typeof runBatch>>;
    try {
      results = await runBatch(connection, chunk);
    } catch (error) {
      if (!(error instanceof GraphFailure) || error.code !== 'network') throw error;
      toUpdate.push(...chunk.map((step) => rows[Number(step.id)]!)); // unknown outcome: reconcile by key
      continue;
    }
    for (const step of chunk) {
      const result = results.get(step.id)!;
      if (result.status === 201) created += 1;
      // Taken (409), failed, or still throttled after the batch's own retries: reconcile one by one.
      else if (result.status === 409 || result.status === 429 || result.status >= 500)
        toUpdate.push(rows[Number(step.id)]!);
      else throw GraphFailure.fromResponse(result.status, result.body);
    }
    onProgress?.(Math.min(at + 20, rows.length) - toUpdate.length, rows.length);
  }
  let updated = 0;
  for (const fields of toUpdate) {
    const before = await findByKey(connection, list, keyField, String(fields[keyField]));
    await upsertByKey(connection, list, keyField, fields);
    if (before) updated += 1;
    else created += 1;
    onProgress?.(created + updated, rows.length);
  }
  return { created, updated };
}
