// Debian's chromium driven by playwright-core (Playwright's own browser download does not work here).
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumPresent = existsSync(chromiumPath);

/** `describe` when chromium is installed (.ci/run installs it); otherwise skipped, saying why. */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPresent) {
    describe(name, body);
    return;
  }
  process.stdout.write(`skipped "${name}": no chromium at ${chromiumPath} (apt-get install -y chromium)\n`);
  describe.skip(name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
