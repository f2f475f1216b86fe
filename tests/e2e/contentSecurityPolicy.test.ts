// The built tab starts and works under its Content-Security-Policy, served as a web host configured with
// the build's own staticwebapp.config.json would serve it (every file with its headers, the workers'
// scripts too), in chromium: standalone while it reads the whole library (pdf.js and the parse worker),
// framed by the simulated Teams host (teams-js), and the sign-in pages. Chromium reports every refused
// script, style, connection or frame as a violation: there must be none, while an injected inline
// script is refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { describeInBrowser } from './support/browser';
import { buildApp } from './support/buildApp';
import { serveFolder } from './support/staticServer';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import { hostPageUrl, startTeamsHost, type TeamsHost } from './support/teamsHost/teamsHost';

/**
 * The headers of the build's Azure Static Web Apps configuration, whose frame-ancestors lets the
 * simulated host (a local origin, in place of Teams' own) frame the tab.
 */
function hostingHeaders(dir: string, hostOrigin: string): Record<string, string> {
  const config = JSON.parse(readFileSync(path.join(dir, 'staticwebapp.config.json'), 'utf8')) as {
    globalHeaders: Record<string, string>;
  };
  const headers = { ...config.globalHeaders };
  headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace(
    /frame-ancestors [^;]*/,
    (directive) => `${directive} ${hostOrigin}`,
  );
  return headers;
}

/** The CSP violations chromium reports in a context's pages, their frames and workers, from now on. */
async function recordViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  const note = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  };
  context.on('console', note);
  context.on('page', (page) => page.on('worker', (worker) => worker.on('console', note)));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      // eslint-disable-next-line no-console -- in the browser: how a violation reaches the test
      console.error(`Content Security Policy: ${event.violatedDirective} refused ${event.blockedURI}`),
    ),
  );
  return seen;
}

/** Where Teams shows the tab: a channel of the seeded team (legacy context fields, see teamsHost.ts). */
const TEAMS_CHANNEL = {
  locale: 'da-DK',
  entityId: 'chefforum-dagsorden',
  teamId: '19:team@thread.tacv2',
  userObjectId: SEED.users.secretary.id,
};

/** Whether an inline script added to the page runs: the policy must refuse it. */
function injectInlineScript(page: Page): Promise<string> {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inline = "ran"';
    document.head.append(script);
    return document.documentElement.dataset.inline ?? 'refused';
  });
}

describeInBrowser('the built tab under its Content-Security-Policy', () => {
  const env = tabFixture();
  let host: TeamsHost;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    host = await startTeamsHost();
    const dir = await buildApp();
    server = await serveFolder(dir, hostingHeaders(dir, new URL(host.url).origin));
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await host?.close();
  });

  it('reads the whole library and shows the agenda, refusing an inline script', async () => {
    const context = await env.newContext({ locale: 'da-DK' }); // a first visit: every document read in the workers
    const violations = await recordViolations(context);
    const page = await context.newPage();
    const response = await page.goto(tabAddress(server.url, env.graph.url));
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
    await page
      .getByRole('complementary')
      .getByRole('heading', { level: 3 })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByText(/^Læser arkivet/).waitFor({ state: 'detached', timeout: 90_000 });
    await page.getByRole('button', { name: /Punkt 2: Budgetopfølgning 2027/ }).click();
    // Fluent's styles arrive through the empty <style> elements the policy allows.
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
    expect(violations).toEqual([]);

    expect(await injectInlineScript(page)).toBe('refused');
    expect(violations).not.toEqual([]);
    expect(violations.filter((text) => !/script-src/.test(text))).toEqual([]);
  }, 180_000);

  it('starts inside Teams (teams-js and its host) with no violation', async () => {
    const context = await env.returningContext();
    const violations = await recordViolations(context);
    const page = await context.newPage();
    const hostOrigin = new URL(host.url).origin;
    const tab = new URL(
      tabAddress(server.url, env.graph.url, `&hostOrigin=${encodeURIComponent(hostOrigin)}`),
    );
    ['team', 'channel'].forEach((name) => tab.searchParams.delete(name)); // from Teams' context
    await page.goto(
      hostPageUrl(host.url, {
        tab: tab.toString(),
        frameContext: 'content',
        context: { ...TEAMS_CHANNEL, groupId: SEED.teamId, channelId: SEED.channelId },
      }),
    );
    const frame = page.frameLocator('#tab');
    await frame
      .getByRole('complementary')
      .getByRole('heading', { level: 3 })
      .first()
      .waitFor({ timeout: 60_000 });
    expect(violations).toEqual([]);
  }, 120_000);

  it.each(['auth-start.html', 'redirect.html'])('%s runs its script with no violation', async (name) => {
    const context = await env.newContext();
    const violations = await recordViolations(context);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(new URL(name, server.url).toString(), { waitUntil: 'load' });
    expect(scripts.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(await injectInlineScript(page)).toBe('refused');
  });
});
