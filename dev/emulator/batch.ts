// JSON $batch (graph docs concepts/json-batching.md): at most 20 requests (more is a 400), unique ids,
// `dependsOn` (a failed dependency gives 424), each answered with its own status, headers and body
// inside one 200. "The order of responses might not match the order of requests", so they come back
// in reverse order here, and a client that reads them by position fails.
import type { EmulatorRequest, EmulatorResponse } from './http';
import { badRequest, graphError, json } from './http';

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export type Dispatch = (request: EmulatorRequest, inner: boolean) => Promise<EmulatorResponse | 'drop'>;

export async function runBatch(request: EmulatorRequest, dispatch: Dispatch): Promise<EmulatorResponse> {
  const steps = (request.body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(steps) || steps.length === 0) return badRequest('A batch needs a "requests" array.');
  if (steps.length > 20) return badRequest('The number of requests in a batch cannot exceed 20.');
  const ids = new Set<string>();
  for (const step of steps as BatchStep[]) {
    if (typeof step.id !== 'string' || typeof step.method !== 'string' || typeof step.url !== 'string')
      return badRequest('Each batch request needs id, method and url.');
    if (ids.has(step.id)) return badRequest(`Batch request id ${step.id} is used twice.`);
    if (
      step.body !== undefined &&
      !Object.keys(step.headers ?? {}).some((name) => name.toLowerCase() === 'content-type')
    ) {
      return badRequest(`Batch request ${step.id} has a body but no Content-Type header.`);
    }
    ids.add(step.id);
  }
  const results = new Map<string, EmulatorResponse>();
  for (const step of steps as BatchStep[]) {
    const failedDependency = (step.dependsOn ?? []).find((id) => {
      const result = results.get(id);
      return !result || result.status >= 400;
    });
    if (failedDependency !== undefined) {
      results.set(
        step.id,
        graphError(424, 'FailedDependency', `Request ${failedDependency} this one depends on failed.`),
      );
      continue;
    }
    const url = new URL(step.url.replace(/^\/?(v1\.0\/)?/, '/'), 'http://batch');
    const headers = Object.fromEntries(
      Object.entries(step.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const answer = await dispatch(
      {
        method: step.method.toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers,
        body: step.body ?? null,
        rawBody: new Uint8Array(),
        user: request.user,
      },
      true,
    );
    results.set(
      step.id,
      answer === 'drop' ? graphError(504, 'GatewayTimeout', 'The request timed out.') : answer,
    );
  }
  return json(200, {
    responses: [...(steps as BatchStep[])].reverse().map((step) => {
      const result = results.get(step.id)!;
      return { id: step.id, status: result.status, headers: result.headers ?? {}, body: result.body };
    }),
  });
}
