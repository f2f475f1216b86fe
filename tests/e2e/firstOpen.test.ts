// The very first open of the tab (`npm start`'s, as the seeded secretary, nothing cached, no decision or
// meeting-state list made yet) asks for nothing that is not there: no answer of 4xx, and no console
// error. The lists are looked for among the site's lists (microsoft-graph-docs-contrib
// api-reference/v1.0/api/list-list.md), not asked for by title, which answers a missing list with 404.
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';

describeInBrowser('the first open', () => {
  const env = tabFixture();

  it.each(['', '&view=opfolgning'])(
    'of «%s» asks for nothing missing and logs no error',
    async (query) => {
      const context = await env.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
      const page = await context.newPage();
      const refused: string[] = [];
      const errors: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(tabAddress(env.server.url, env.graph.url, query));
      const ready = query
        ? page.getByRole('status').filter({ hasText: /beslutning/ })
        : page.getByRole('heading', { level: 1, name: 'Dagsorden Chefforum' });
      await ready.waitFor({ timeout: 30_000 });
      // The decisions are read once the meeting is drawn; wait until the page asks no more.
      await page.waitForLoadState('networkidle');
      await context.close();
      expect({ refused, errors }).toEqual({ refused: [], errors: [] });
    },
    120_000,
  );
});
