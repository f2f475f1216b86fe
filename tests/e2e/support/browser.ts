// Debian's chromium driven by playwright-core (Playwright's own browser download does not work here).
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describeRequiring } from '../../support/requirement';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumPresent = existsSync(chromiumPath);

/** `describe` when chromium is installed (.ci/run installs it); otherwise skipped saying why, or failing under CI=true. */
export function describeInBrowser(name: string, body: () => void): void {
  describeRequiring(
    { what: `chromium at ${chromiumPath}`, remedy: 'apt-get install -y chromium', present: chromiumPresent },
    name,
    body,
  );
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
