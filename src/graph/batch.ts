// JSON batching: steps in chunks of 20 (Graph's limit); inner requests that were throttled or not
// processed (429/503/504) are sent again after the longest Retry-After of their chunk, because the
// SDK does not retry inside a batch. An inner POST is sent again only when its answer says it was not
// done (429, or 503 with Retry-After); after a 504 it may have been, and is left to the caller.
// Answers are read by id: Graph may answer in any order (concepts/json-batching.md).
import { graphCall } from './call';
import type { GraphConnection } from './createGraphClient';
import { RETRYABLE_STATUSES, retryDelayMs } from './retryPolicy';

export interface BatchStep {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string; // relative to the version: "/sites/{id}/lists/{id}/items"
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export const BATCH_LIMIT = 20;

/** Every step's final result, by id. Steps are independent: no `dependsOn`. */
export async function runBatch(
  connection: GraphConnection,
  steps: readonly BatchStep[],
): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  for (let at = 0; at < steps.length; at += BATCH_LIMIT) {
    let pending = steps.slice(at, at + BATCH_LIMIT);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const answers = await sendChunk(connection, pending);
      const retry = answers.filter((answer) => mayResend(pending, answer));
      for (const answer of answers)
        if (!retry.includes(answer) || attempt >= connection.retry.maxAttempts)
          results.set(answer.id, answer);
      if (retry.length === 0 || attempt >= connection.retry.maxAttempts) break;
      const longest = Math.max(
        ...retry.map((answer) => retryDelayMs(connection.retry, attempt, header(answer, 'retry-after'))),
      );
      await connection.retry.sleep(longest);
      pending = pending.filter((step) => retry.some((answer) => answer.id === step.id));
    }
  }
  return results;
}

async function sendChunk(connection: GraphConnection, steps: readonly BatchStep[]): Promise<BatchResult[]> {
  const requests = steps.map((step) => ({
    id: step.id,
    method: step.method,
    url: step.url,
    ...(step.body === undefined ? {} : { body: step.body }),
    headers: { ...(step.body === undefined ? {} : { 'content-type': 'application/json' }), ...step.headers },
  }));
  const response = await graphCall(
    () => connection.client.api('/$batch').post({ requests }) as Promise<{ responses: BatchResult[] }>,
  );
  return response.responses.map((answer) => ({ ...answer, headers: answer.headers ?? {} }));
}

function mayResend(steps: readonly BatchStep[], answer: BatchResult): boolean {
  if (!RETRYABLE_STATUSES.has(answer.status)) return false;
  if (steps.find((step) => step.id === answer.id)?.method !== 'POST') return true;
  return answer.status === 429 || (answer.status === 503 && header(answer, 'retry-after') !== null);
}

function header(result: BatchResult, name: string): string | null {
  const entry = Object.entries(result.headers).find(([key]) => key.toLowerCase() === name);
  return entry ? entry[1] : null;
}
