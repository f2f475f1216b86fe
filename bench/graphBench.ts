// Requests and wall time for 500 upserts against the emulator with 20 ms added latency: batched in
// $batch requests of 20, versus one request per item.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tokenFor } from '../dev/emulator/testing/testEmulator';
import { SEED } from '../dev/emulator/seed';
import { startEmulator } from '../dev/emulator/server';
import { createGraphClient } from '../src/graph/createGraphClient';
import { getSiteByPath } from '../src/graph/files';
import { ensureList } from '../src/graph/lists';
import { upsertByKey, upsertManyByKey } from '../src/graph/upsertByKey';
import type { Faults } from '../dev/emulator/faults';
import { type Decision, decisionKey } from '../src/domain/decisions/decision';
import type { GraphConnection } from '../src/graph/createGraphClient';
import { graphDecisionStore } from '../src/graph/graphDecisionStore';

const COUNT = 500;

export async function benchGraphUpserts(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'graph-bench-'));
  const emulator = await startEmulator({ dataDir, seed: true, teamsRequestsPerSecond: 0 });
  try {
    let requests = 0;
    const connection = createGraphClient({
      baseUrl: emulator.url,
      token: async () => tokenFor('secretary'),
      observe: () => (requests += 1),
    });
    const site = await getSiteByPath(connection, SEED.hostname, SEED.sitePath);
    const columns = [
      { name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true },
      { name: 'Decision', text: { allowMultipleLines: true } },
    ];
    emulator.setFaults({ latencyMs: 20 });
    for (const mode of ['batched', 'one by one'] as const) {
      const list = await ensureList(connection, site.id, `Bench ${mode}`, columns);
      const rows = Array.from({ length: COUNT }, (_, index) => ({
        DecisionKey: `2025-01-${index}`,
        Decision: `Beslutning ${index}`,
      }));
      requests = 0;
      const started = performance.now();
      if (mode === 'batched') await upsertManyByKey(connection, list, 'DecisionKey', rows);
      else for (const row of rows) await upsertByKey(connection, list, 'DecisionKey', row);
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `graph: ${COUNT} upserts ${mode.padEnd(10)} with 20 ms latency: ${String(requests).padStart(4)} requests, ${seconds.toFixed(1)} s`,
      );
    }
    await benchDecisionBackfill(
      connection,
      site.id,
      emulator,
      () => requests,
      () => (requests = 0),
    );
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 500 decisions of generated referater backfilled through the DecisionStore, with 20 ms latency and 20 % 429s. */
async function benchDecisionBackfill(
  connection: GraphConnection,
  siteId: string,
  emulator: { setFaults: (faults: Partial<Faults>) => void },
  requests: () => number,
  reset: () => void,
): Promise<void> {
  const decisions: Decision[] = Array.from({ length: COUNT }, (_, index) => ({
    key: decisionKey(`20${String(10 + Math.floor(index / 10)).padStart(2, '0')}-01-15`, (index % 10) + 1),
    meetingDate: `20${String(10 + Math.floor(index / 10)).padStart(2, '0')}-01-15`,
    itemNumber: (index % 10) + 1,
    title: `Punkt ${index}`,
    caseNumber: '00.01.00-A21-9-19',
    recommendations: ['at Chefforum godkender sagen'],
    outcomes: ['godkendt'],
    decision: 'Chefforum godkendte sagen.',
    owner: 'Chefen for Økonomi & Stab',
    deadline: null,
    status: 'Grøn',
    sourceUrl: null,
    threadId: null,
  }));
  const store = graphDecisionStore(connection, siteId);
  await store.ensure();
  emulator.setFaults({ latencyMs: 20, throttleRate: 0.2, retryAfterSeconds: 0 });
  reset();
  const started = performance.now();
  await store.upsert(decisions);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `graph: ${COUNT} decisions backfilled in $batch with 20 ms latency and 20 % 429s: ${requests()} requests, ${seconds.toFixed(1)} s`,
  );
}

if (require.main === module) void benchGraphUpserts();
