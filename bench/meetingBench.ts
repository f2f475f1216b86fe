// The meeting's progress with 15 participants against the emulator (20 ms added latency): each panel
// polls the shared list item every 3 s, as the tab does, while the secretary moves the meeting on.
// Prints how long the participants took to follow, and the requests each made per minute.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SEED } from '../dev/emulator/seed';
import { startEmulator } from '../dev/emulator/server';
import { tokenFor, type SeedUser } from '../dev/emulator/testing/testEmulator';
import { advance, notStarted } from '../src/domain/meetingProgress/meetingProgress';
import type { StoredProgress } from '../src/domain/ports';
import { createGraphClient } from '../src/graph/createGraphClient';
import { getSiteByPath } from '../src/graph/files';
import { graphMeetingProgressStore } from '../src/graph/graphMeetingProgressStore';
import { pollProgress } from '../src/ui/features/meetingProgress/pollProgress';
import { PROGRESS_POLL_MS } from '../src/ui/features/meetingProgress/progressServices';

const PARTICIPANTS = 15;
const ADVANCES = 5;
const ADVANCE_EVERY_MS = 4100; // not a multiple of the poll interval, so the latencies spread
const MEMBERS: SeedUser[] = ['director', 'finance', 'schools', 'secretary'];
const items = Array.from({ length: ADVANCES }, (_, index) => ({ number: index + 1 }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchMeetingProgress(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meeting-bench-'));
  const emulator = await startEmulator({ dataDir, seed: true, faults: { latencyMs: 20 } });
  const stops: (() => void)[] = [];
  try {
    const connect = (user: SeedUser, observe?: () => void) =>
      createGraphClient({ baseUrl: emulator.url, token: async () => tokenFor(user), observe });
    const site = async () => (await getSiteByPath(connect('secretary'), SEED.hostname, SEED.sitePath)).id;
    const lead = graphMeetingProgressStore(connect('secretary'), site);
    let stored: StoredProgress = await lead.write(notStarted('2027-01-14'), null);
    const advancedAt = new Map<number, number>();
    const latencies: number[] = [];
    const requests = Array.from({ length: PARTICIPANTS }, () => 0);
    const started = performance.now();
    for (let index = 0; index < PARTICIPANTS; index += 1) {
      const store = graphMeetingProgressStore(
        connect(MEMBERS[index % MEMBERS.length]!, () => (requests[index]! += 1)),
        site,
      );
      let seen: number | null = null;
      const onRead = (read: StoredProgress | null) => {
        const current = read?.progress.current ?? null;
        if (current === seen) return;
        seen = current;
        const at = current === null ? undefined : advancedAt.get(current);
        if (at !== undefined) latencies.push(performance.now() - at);
      };
      stops.push(pollProgress(store, '2027-01-14', PROGRESS_POLL_MS, onRead, () => undefined));
    }
    for (let step = 0; step < ADVANCES; step += 1) {
      await sleep(ADVANCE_EVERY_MS);
      const next = advance({ items }, stored.progress, stored.progress.current, new Date().toISOString(), {
        id: SEED.users.secretary.id,
        name: 'Sekretær',
      });
      stored = await lead.write(next, stored.version);
      advancedAt.set(next.current!, performance.now());
    }
    await sleep(PROGRESS_POLL_MS + 500);
    const minutes = (performance.now() - started) / 60_000;
    report(latencies, requests, minutes);
  } finally {
    stops.forEach((stop) => stop());
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(latencies: number[], requests: number[], minutes: number): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
  const perMinute = requests.reduce((sum, each) => sum + each, 0) / PARTICIPANTS / minutes;
  console.log(
    `meeting: ${PARTICIPANTS} participants polling every ${PROGRESS_POLL_MS / 1000} s, 20 ms latency: ` +
      `follow latency median ${(at(0.5) / 1000).toFixed(2)} s, max ${(at(1) / 1000).toFixed(2)} s ` +
      `(${sorted.length} of ${PARTICIPANTS * ADVANCES} moves seen; target ≤ 5 s)`,
  );
  console.log(
    `meeting: ${perMinute.toFixed(1)} requests per participant per minute ` +
      `(${(perMinute * PARTICIPANTS).toFixed(0)} a minute for ${PARTICIPANTS}; ` +
      `SharePoint allows the app 1,250 resource units a minute, a single-item GET costs 1)`,
  );
}
