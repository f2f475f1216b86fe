// The library's first point and archive, against the emulator with 50 ms latency: today's small seed
// and a generated archive of 500 documents in year folders (EMULATOR_ARCHIVE=500), in one run. For each:
// the time from navigation to the first point on screen, cold (empty IndexedDB) and warm (everything
// cached), with the Graph requests and downloads up to then; for the warm visit every request of the
// whole visit. For 500: how long the whole archive takes to read, search time per keystroke (p95) and
// the size of the search index kept in IndexedDB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { SEED } from '../dev/emulator/seed';
import { startEmulator } from '../dev/emulator/server';
import { tokenFor } from '../dev/emulator/testing/testEmulator';
import { channelDocumentSource } from '../src/graph/channelDocumentSource';
import { createGraphClient } from '../src/graph/createGraphClient';
import { searchIndexed } from '../src/domain/library/archiveSearch';
import { indexMeeting } from '../src/domain/library/searchIndex';
import { parseReferat } from '../src/domain/referat/parseReferat';
import { syntheticArchive } from './archive';

const LATENCY_MS = 50;

export interface Counter {
  /** The library's Graph requests: its folder, the listings, their $batch. */
  requests: number;
  downloads: number;
  reset(): void;
  log(line: string): void;
}

/** Counts Graph requests (not CORS preflights) and file downloads from the emulator's request log. */
export function counter(): Counter {
  const count: Counter = {
    requests: 0,
    downloads: 0,
    reset: () => void Object.assign(count, { requests: 0, downloads: 0 }),
    log: (line) => {
      if (line.startsWith('OPTIONS')) return;
      if (/ \/v1\.0\/(drives\/|\$batch|teams\/[^/]+\/channels\/[^/]+\/filesFolder)/.test(line))
        count.requests += 1;
      if (line.includes(' /_download/')) count.downloads += 1;
    },
  };
  return count;
}

interface Visit {
  ms: number;
  requests: number;
  downloads: number;
  /** From navigation until the progress line is gone. */
  wholeMs: number;
  wholeRequests: number;
  wholeDownloads: number;
}

/** Marks, in the page's own clock, when the first point's button appears (before any test code runs). */
function markFirstPoint(): void {
  const marked = window as unknown as { firstPointAt?: number };
  new MutationObserver((_, observer) => {
    const found = [...document.querySelectorAll('button')].some((button) =>
      /^(Punkt|Item) 1:/.test(button.textContent ?? ''),
    );
    if (found && marked.firstPointAt === undefined) {
      marked.firstPointAt = window.performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function visit(page: Page, url: string, count: Counter): Promise<Visit> {
  await page.addInitScript(markFirstPoint);
  count.reset();
  const started = performance.now();
  await page.goto(url);
  await page.getByRole('button', { name: /Punkt 1:|Item 1:/ }).waitFor({ timeout: 120_000 });
  const requests = count.requests;
  // Time and downloads as the page saw them: from navigation to the point's button in the DOM, and the
  // downloads the page had started by then.
  const { ms, downloads } = await page.evaluate(() => {
    const at = (window as unknown as { firstPointAt: number }).firstPointAt;
    // window.performance: the page's clock (this function runs in the page, not in Node).
    const started = window.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/_download/') && entry.startTime < at);
    return { ms: at, downloads: started.length };
  });
  await page.getByText(/^Læser arkivet:/).waitFor({ state: 'detached', timeout: 600_000 });
  const whole = { wholeRequests: count.requests, wholeDownloads: count.downloads };
  return { ms, requests, downloads, wholeMs: performance.now() - started, ...whole };
}

/** One emulator's library, cold then warm, as the bench line prints it. */
export async function benchLibrary(
  browser: Browser,
  appUrl: string,
  archive: number,
  port: number,
): Promise<void> {
  const count = counter();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'archive-bench-'));
  const emulator = await startEmulator({ dataDir, port, seed: true, archive, log: count.log });
  try {
    const documents = await listedDocuments(emulator.url);
    emulator.setFaults({ latencyMs: LATENCY_MS });
    const context = await browser.newContext({ locale: 'da-DK' });
    const cold = await visit(await context.newPage(), appUrl, count);
    const warm = await visit(await context.newPage(), appUrl, count);
    let line =
      `archive ${documents}: cold first point ${cold.ms.toFixed(0)} ms, ${cold.requests} Graph requests, ` +
      `${cold.downloads} downloads; warm first point ${warm.ms.toFixed(0)} ms, ${warm.wholeRequests} Graph requests`;
    if (warm.wholeDownloads > 0) line += ` (and ${warm.wholeDownloads} downloads)`;
    if (archive > 0) line += `; whole archive read in ${(cold.wholeMs / 1000).toFixed(0)} s`;
    console.log(line);
    if (archive > 0)
      console.log(`archive ${documents}: ${searchFigure(archive)}, ${await indexSize(context.pages()[1]!)}`);
    await context.close();
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The documents the library lists (year folders included), as the tab's own adapter finds them. */
async function listedDocuments(url: string): Promise<number> {
  const connection = createGraphClient({ baseUrl: url, token: async () => tokenFor('secretary') });
  const source = channelDocumentSource(connection, { teamId: SEED.teamId, channelId: SEED.channelId });
  return (await source.list()).length;
}

/** The search index's size in IndexedDB: its folded text, as stored with each meeting. */
async function indexSize(page: Page): Promise<string> {
  const bytes = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('chefforum');
        open.onsuccess = () => {
          const request = open.result.transaction('meetings').objectStore('meetings').getAll();
          request.onsuccess = () =>
            resolve(
              (request.result as { index?: unknown }[]).reduce(
                (sum, value) => sum + new Blob([JSON.stringify(value.index ?? null)]).size,
                0,
              ),
            );
        };
      }),
  );
  return `index ${(bytes / 1e6).toFixed(1)} MB in IndexedDB`;
}

/** Search over `count` meetings, each query typed a letter at a time: the 95th percentile per keystroke. */
function searchFigure(count: number): string {
  const meetings = syntheticArchive(count).map((text) => {
    const meeting = parseReferat(text);
    return { meeting, index: indexMeeting(meeting) };
  });
  const queries = [
    'budgetopfølgning',
    'klimaplan status',
    '00.01.00',
    'aarshjul',
    'chefforum godkendte',
    'xyz',
  ];
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1)
    for (const query of queries)
      for (let length = 1; length <= query.length; length += 1) {
        const started = performance.now();
        searchIndexed(meetings, query.slice(0, length), 50);
        times.push(performance.now() - started);
      }
  const sorted = times.sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  return `search ${p95.toFixed(1)} ms per keystroke (p95)`;
}
