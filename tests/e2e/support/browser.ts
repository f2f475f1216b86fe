// Debian's chromium driven by playwright-core (Playwright's own browser download does not work here).
// Its headless shell (Debian's chromium-headless-shell, the build Playwright itself runs headless tests
// in) when installed: the same Blink and V8 without the full browser, about a third less CPU a test;
// else the full chromium in headless mode.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describeRequiring } from '../../support/requirement';

const INSTALLED = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? INSTALLED.find((candidate) => existsSync(candidate)) ?? '/usr/bin/chromium';
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
      // Nothing outside this machine is reachable (teams-js asks a CDN for Teams' origins): every other
      // host fails at once, as unknown, instead of each test intercepting every request to abort them.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}
