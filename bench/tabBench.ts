// The tab's weight and speed: the gzip size of the JavaScript a first visit loads before any document
// is read, and the time from navigation to the agenda's first point on screen with 50 ms added Graph
// latency, cold (empty cache) and warm (meetings cached in IndexedDB), with the Graph requests of each.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { devAppSettings } from '../dev/emulator/devAppSettings';
import { startEmulator } from '../dev/emulator/server';
import { buildApp } from '../tests/e2e/support/buildApp';
import { chromiumPath, launchChromium } from '../tests/e2e/support/browser';
import { serveFolder } from '../tests/e2e/support/staticServer';

/** Gzip bytes of the scripts index.html loads, and of everything loaded later on demand. */
function bundleWeight(dir: string): { initial: number; lazy: number } {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const initialFiles = new Set(
    [...html.matchAll(/src=["']?([^"' >]+\.js)/g)].map((match) => match[1]!.replace(/^\//, '')),
  );
  let initial = 0;
  let lazy = 0;
  for (const file of readdirSync(dir).filter((name) => /\.m?js$/.test(name))) {
    const size = gzipSync(readFileSync(path.join(dir, file))).length;
    if (initialFiles.has(file)) initial += size;
    else lazy += size;
  }
  return { initial, lazy };
}

export async function benchTab(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tab-bench-'));
  let requests = 0;
  let downloads = 0;
  const count = (line: string) => {
    if (line.includes(' /v1.0/')) requests += 1;
    if (line.includes(' /_download/')) downloads += 1;
  };
  const emulator = await startEmulator({ dataDir, seed: true, log: count });
  // A production build, with its settings fixed at build time as a deployment's would be.
  Object.assign(process.env, devAppSettings(emulator.url));
  const dir = await buildApp('production');
  const weight = bundleWeight(dir);
  console.log(
    `tab: initial JavaScript ${(weight.initial / 1024).toFixed(0)} KB gzip (target ≤ 150 KB); loaded on demand ${(weight.lazy / 1024).toFixed(0)} KB gzip (the pages, pdf.js and its worker, mammoth)`,
  );
  if (!existsSync(chromiumPath)) {
    console.log(`tab: no chromium at ${chromiumPath}, so no timings (apt-get install -y chromium)`);
    await emulator.close();
    return;
  }
  emulator.setFaults({ latencyMs: 50 });
  const server = await serveFolder(dir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    for (const visit of ['cold', 'warm'] as const) {
      const page = await context.newPage();
      requests = 0;
      downloads = 0;
      const started = performance.now();
      await page.goto(server.url);
      await page.getByRole('button', { name: /Punkt 1:|Item 1:/ }).waitFor({ timeout: 60_000 });
      const ms = performance.now() - started;
      console.log(
        `tab: ${visit} visit, navigation to the first point on screen: ${ms.toFixed(0)} ms, ${requests} Graph requests and ${downloads} downloads (50 ms latency)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
