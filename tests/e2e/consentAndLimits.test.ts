// The tab in a tenant whose administrator has not consented to ChannelMessage.Read.All, and with a
// 40-point agenda under Teams' request limit, in Debian's chromium against the emulator.
// Sources: ChannelMessage.Read.All is the least privileged delegated permission to list a message's
// replies (microsoft-graph-docs-contrib api-reference/v1.0/api/chatmessage-list-replies.md) and needs
// admin consent (Microsoft's permissions reference, concepts/permissions-reference.md); Teams takes at
// most 4 requests a second per app on a team or channel, GETs included (concepts/throttling-limits.md).
import type { Page } from 'playwright-core';
import { ADMIN_CONSENT_ONLY } from '../../dev/emulator/permissions';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';

describeInBrowser('consent and Teams limits', () => {
  const env = tabFixture();
  afterEach(() => env.graph.setAdminConsent(ADMIN_CONSENT_ONLY));

  async function open(query: string): Promise<{ page: Page; teamsRequests: string[] }> {
    const context = await env.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const teamsRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() !== 'OPTIONS' && url.pathname.startsWith('/v1.0/teams/'))
        teamsRequests.push(`${request.method()} ${url.pathname}`);
    });
    await page.goto(tabAddress(env.server.url, env.graph.url, query));
    return { page, teamsRequests };
  }

  it('opens a 40-point agenda without reading any discussion, and reads one when its point is opened', async () => {
    const { page, teamsRequests } = await open('&meeting=2023-06-15');
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    const points = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(points.filter((text) => text.startsWith('Punkt'))).toHaveLength(40);
    await page.waitForLoadState('networkidle');
    expect(teamsRequests.filter((request) => request.includes('/messages'))).toEqual([]);
    await page.getByRole('button', { name: /^Punkt 7:/ }).click();
    await page.getByRole('region', { name: 'Drøftelse' }).first().waitFor();
    await page.getByText('Ingen kommentarer endnu.').waitFor();
  });

  it('without admin consent to ChannelMessage.Read.All: the agenda reads, the discussion names the permission', async () => {
    const first = await open('&meeting=2027-01-14&point=2');
    await first.page.getByLabel('Din kommentar').waitFor({ timeout: 30_000 });
    await first.page.getByLabel('Din kommentar').fill('Vi bør drøfte visitationen igen.');
    await first.page.getByRole('button', { name: 'Kommentér' }).click();
    await first.page.getByText('1 kommentar').waitFor({ timeout: 30_000 });

    env.graph.setAdminConsent(ADMIN_CONSENT_ONLY.filter((scope) => scope !== 'ChannelMessage.Read.All'));
    const { page } = await open('&meeting=2027-01-14&point=2');
    await page.getByText('Skærpet visitation af nye sager').waitFor({ timeout: 30_000 });
    await page
      .getByText(
        'Tabben mangler tilladelsen ChannelMessage.Read.All. En administrator i Microsoft 365 skal give samtykke til den',
        { exact: false },
      )
      .waitFor();
    expect(await page.getByText('1 kommentar').count()).toBe(0);
    // The rest of the tab keeps working: the archive and the other points.
    await page.getByRole('complementary', { name: 'Arkiv' }).waitFor();
    await page.getByRole('button', { name: /Punkt 4:/ }).click();
  });
});
