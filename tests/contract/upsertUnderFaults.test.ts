// With 20 % 429s, 5 % 503s and 5 % dropped connections, 1,000 upserts through the adapter end with
// exactly 1,000 items and no key twice. Prints the requests it took and the time.
import { performance } from 'node:perf_hooks';
import { ensureList, listItems } from '../../src/graph/lists';
import { upsertManyByKey } from '../../src/graph/upsertByKey';
import { emulatorFixture } from './graphTarget';

let requests = 0;
const emulator = emulatorFixture({
  retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 12 },
  observe: () => {
    requests += 1;
  },
});

it('upserts 1,000 items exactly once through throttling, outages and dropped connections', async () => {
  const connection = emulator.connect();
  const list = await ensureList(connection, emulator.siteId, 'Fejl', [
    { name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true },
    { name: 'ItemNumber', number: {} },
  ]);
  const rows = Array.from({ length: 1000 }, (_, index) => ({
    DecisionKey: `2021-01-01#${index}`,
    ItemNumber: index,
  }));
  emulator.graph.setFaults({
    throttleRate: 0.2,
    unavailableRate: 0.05,
    dropRate: 0.05,
    retryAfterSeconds: 0,
  });
  const started = performance.now();
  const outcome = await upsertManyByKey(connection, list, 'DecisionKey', rows);
  const seconds = (performance.now() - started) / 1000;
  emulator.graph.setFaults({});
  const items = await listItems(connection, list, { top: 1000 });
  const keys = items.map((item) => item.fields.DecisionKey);
  expect(keys).toHaveLength(1000);
  expect(new Set(keys).size).toBe(1000);
  expect(outcome.created + outcome.updated).toBe(1000);
  process.stdout.write(
    `1,000 upserts under faults: ${requests} requests, ${seconds.toFixed(1)} s (${outcome.created} created, ${outcome.updated} reconciled)\n`,
  );
});
