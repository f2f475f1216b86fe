// The tab's weight and speed: the gzip size of the JavaScript a first visit loads before any document
// is read, and the library's first point and archive with 50 ms Graph latency, for today's small seed
// and a generated archive of 500 documents (archiveBench.ts). One production build serves both: the
// two emulators take the same port in turn, the address the build has fixed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { devAppSettings } from '../dev/emulator/devAppSettings';
import { buildApp } from '../tests/e2e/support/buildApp';
import { chromiumPath, launchChromium } from '../tests/e2e/support/browser';
import { serveFolder } from '../tests/e2e/support/staticServer';
import { benchLibrary } from './archiveBench';

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

/** A port free right now, for the emulators to take in turn. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function benchTab(): Promise<void> {
  const port = await freePort();
  // A production build, with its settings fixed at build time as a deployment's would be.
  Object.assign(process.env, devAppSettings(`http://127.0.0.1:${port}`));
  const dir = await buildApp('production');
  const weight = bundleWeight(dir);
  console.log(
    `tab: initial JavaScript ${(weight.initial / 1024).toFixed(0)} KB gzip (target ≤ 150 KB); loaded on demand ${(weight.lazy / 1024).toFixed(0)} KB gzip (the pages, the parse worker, pdf.js and its worker, mammoth)`,
  );
  if (!existsSync(chromiumPath)) {
    console.log(`tab: no chromium at ${chromiumPath}, so no timings (apt-get install -y chromium)`);
    return;
  }
  const server = await serveFolder(dir);
  const browser = await launchChromium();
  try {
    await benchLibrary(browser, server.url, 0, port);
    await benchLibrary(browser, server.url, 500, port);
    console.log(
      'archive: Graph requests are the library’s (its folder, listings, $batch): cold up to the first point, warm the whole visit; downloads as the page started them before its first point. ' +
        'Targets: the first point with 500 documents within 1.2× of the small seed, cold and warm; warm at most 2 Graph requests and 0 downloads; cold exactly 1 download before the first point; search a few ms',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) void benchTab();
