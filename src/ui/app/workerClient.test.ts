// The worker client: answers matched to their requests by id, and a worker that fails leaves no request
// waiting and is not asked again.
import { workerClient } from './workerClient';

interface Request {
  id: number;
  n: number;
}
interface Answer {
  id: number;
  doubled: number;
}

/** A stand-in for a Web Worker: it keeps what it is sent, and the test answers or fails it. */
function fakeWorker() {
  const fake = {
    sent: [] as Request[],
    terminated: false,
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: Request) {
      fake.sent.push(message);
    },
    terminate() {
      fake.terminated = true;
    },
    answer(request: Request) {
      fake.onmessage?.({ data: { id: request.id, doubled: request.n * 2 } } as MessageEvent);
    },
    fail(message: string) {
      fake.onerror?.({ message } as ErrorEvent);
    },
  };
  return fake;
}

it('starts one worker on first use and gives each request its own answer, in whatever order they come', async () => {
  const workers: ReturnType<typeof fakeWorker>[] = [];
  const client = workerClient<Request, Answer>(() => {
    workers.push(fakeWorker());
    return workers.at(-1)!;
  });
  expect(workers).toHaveLength(0);
  const first = client.ask({ n: 1 })!;
  const second = client.ask({ n: 2 })!;
  expect(workers).toHaveLength(1);
  const [one, two] = workers[0]!.sent;
  workers[0]!.answer(two!);
  workers[0]!.answer(one!);
  expect(await first).toMatchObject({ doubled: 2 });
  expect(await second).toMatchObject({ doubled: 4 });
});

it('rejects what was waiting when the worker fails, and asks no worker after that', async () => {
  const workers: ReturnType<typeof fakeWorker>[] = [];
  const client = workerClient<Request, Answer>(() => {
    workers.push(fakeWorker());
    return workers.at(-1)!;
  });
  const waiting = client.ask({ n: 1 })!;
  workers[0]!.fail('script could not be loaded');
  await expect(waiting).rejects.toThrow('The worker failed: script could not be loaded');
  expect(workers[0]!.terminated).toBe(true);
  expect(client.ask({ n: 2 })).toBeNull();
  expect(workers).toHaveLength(1);
});

it('gives null where no worker can be started, so the caller does the work itself', () => {
  const client = workerClient<Request, Answer>(() => {
    throw new ReferenceError('Worker is not defined');
  });
  expect(client.ask({ n: 1 })).toBeNull();
});
