// One Web Worker that answers requests by id, started on first use and kept for the page's life. If it
// fails (its script cannot be loaded, say after a new version was deployed, or it dies), every request
// still waiting is rejected, so none waits forever, and the page stops using it: `ask` gives null from
// then on, as it does where there are no workers at all, and the caller does the work itself.

/** A worker's answer: the id of the request it answers, and what it has to say. */
export interface WorkerAnswer {
  id: number;
}

/** A request as the caller gives it: the client numbers it. */
export type WithoutId<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

export interface WorkerClient<Request, Answer extends WorkerAnswer> {
  /** The worker's answer; null when there is no worker to ask (none supported, or it failed). */
  ask(request: WithoutId<Request>, transfer?: Transferable[]): Promise<Answer> | null;
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export function workerClient<Request, Answer extends WorkerAnswer>(
  start: () => WorkerLike,
): WorkerClient<Request, Answer> {
  let worker: WorkerLike | null | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();

  const failed = (error: Error) => {
    worker?.terminate();
    worker = null;
    for (const each of waiting.values()) each.reject(error);
    waiting.clear();
  };

  const started = (): WorkerLike | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
      worker.onmessage = (event: MessageEvent<Answer>) => {
        waiting.get(event.data.id)?.resolve(event.data);
        waiting.delete(event.data.id);
      };
      worker.onerror = (event) =>
        failed(new Error(`The worker failed: ${event.message || 'no reason given'}`));
    } catch {
      worker = null;
    }
    return worker;
  };

  return {
    ask(request, transfer = []) {
      const to = started();
      if (!to) return null;
      const id = (nextId += 1);
      return new Promise<Answer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        to.postMessage({ ...request, id }, transfer);
      });
    },
  };
}
