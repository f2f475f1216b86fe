// Create-or-update list items by a unique key column (the decision list's DecisionKey), exactly once
// however often a request is throttled, fails or loses its answer: a create that finds the key taken
// (409), or whose answer never came, reads the item by key and updates it instead.
import type { BatchResult, BatchStep } from './batch';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
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
    let results: Map<string, BatchResult>;
    try {
      results = await graphAccess(connection).batch(chunk);
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

/** One item created by key unless the list already holds that key; never changes a stored item. */
async function createOnceByKey(
  connection: GraphConnection,
  list: ListRef,
  keyField: string,
  fields: Fields,
): Promise<'created' | 'left-alone'> {
  const key = String(fields[keyField]);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await createListItem(connection, list, fields);
      return 'created';
    } catch (error) {
      if (error instanceof GraphFailure && error.code === 'conflict') return 'left-alone';
      if (
        !(error instanceof GraphFailure) ||
        error.code !== 'network' ||
        attempt >= connection.retry.maxAttempts
      )
        throw error;
    }
    // The answer was lost: if the key is there now, it is the create just sent (it was free a moment ago).
    if (await findByKey(connection, list, keyField, key)) return 'created';
  }
}

/**
 * A backfill: creates, in $batch requests of 20, the items whose key is not in the list yet, and leaves
 * every item already there exactly as it is (someone may have edited it). A 409 means "already there";
 * throttled, failed or lost creates are made again one by one.
 */
export async function createManyByKey(
  connection: GraphConnection,
  list: ListRef,
  keyField: string,
  rows: readonly Fields[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ created: string[]; leftAlone: string[] }> {
  const base = `/sites/${list.siteId}/lists/${list.listId}/items`;
  const created: string[] = [];
  const leftAlone: string[] = [];
  const keyOf = (fields: Fields) => String(fields[keyField]);
  for (let at = 0; at < rows.length; at += 20) {
    const chunk = rows.slice(at, at + 20);
    const steps: BatchStep[] = chunk.map((fields, index) => ({
      id: String(index),
      method: 'POST',
      url: base,
      body: { fields },
    }));
    let results: Map<string, BatchResult> | null = null;
    try {
      results = await graphAccess(connection).batch(steps);
    } catch (error) {
      if (!(error instanceof GraphFailure) || error.code !== 'network') throw error;
    }
    for (const [index, fields] of chunk.entries()) {
      const status = results?.get(String(index))?.status ?? 0; // 0: the batch's answer was lost
      // Lost (0) or answered 504 (a gateway gave up after the work: graphMiddleware.ts): it may have been
      // done, so the list is looked at before anything is sent again. Sent again blind, it would meet
      // its own item (409) and be counted "left alone".
      const unknown = status === 0 || status === 504;
      if (status === 201) created.push(keyOf(fields));
      else if (status === 409) leftAlone.push(keyOf(fields));
      else if (unknown && (await findByKey(connection, list, keyField, keyOf(fields))))
        created.push(keyOf(fields)); // the lost create made it: the key was free when the batch went out
      else if (unknown || status === 429 || status >= 500) {
        const outcome = await createOnceByKey(connection, list, keyField, fields);
        (outcome === 'created' ? created : leftAlone).push(keyOf(fields));
      } else throw GraphFailure.fromResponse(status, results?.get(String(index))?.body);
    }
    onProgress?.(created.length + leftAlone.length, rows.length);
  }
  return { created, leftAlone };
}
