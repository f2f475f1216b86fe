// Who may write, in chromium against the seeded tenant, where the administrator gave the decision list
// unique permissions (the secretary and the director write, the chiefs read: dev/emulator/seedRoles.ts).
// A chief who switches to "Skriv referat" and edits the secretary's decision is refused by the list
// (403 accessDenied, as Graph answers: microsoft-graph-docs-contrib issue #5062): the tab says so in
// Danish, keeps what was typed, sends nothing again by itself (not on a reload either), and from then
// on offers no writing: no minutes mode, no "Udarbejd referat", no "Fastgør referat i kanalen".
import type { Page, Request } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import { recordedDecision } from '../../src/domain/testing/decisionBuilders';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { getTeamSite } from '../../src/graph/files';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import type { DecisionStore } from '../../src/domain/ports';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';

const REFUSED =
  'Du har ikke ret til at gemme beslutninger i listen. Det du skrev, er gemt her i browseren og sendes ikke igen af sig selv.';

describeInBrowser('who may write the decision list', () => {
  const env = tabFixture();
  let store: DecisionStore; // the secretary's, who keeps the list

  beforeAll(async () => {
    const connection = createGraphClient({
      baseUrl: env.graph.url,
      token: async () => tokenFor('secretary'),
    });
    store = graphDecisionStore(connection, async () => (await getTeamSite(connection, SEED.teamId)).id);
    await store.create(recordedDecision('2022-03-10', 2, { decision: 'Sekretærens beslutning.' }));
  });

  /** The tab's writes to SharePoint lists: an item's POST, PATCH or DELETE, alone or inside a $batch. */
  function recordWrites(page: Page): string[] {
    const writes: string[] = [];
    page.on('request', (request: Request) => {
      const path = new URL(request.url()).pathname;
      const inBatch = path.endsWith('/$batch')
        ? ((JSON.parse(request.postData() ?? '{}') as { requests?: { method: string; url: string }[] })
            .requests ?? [])
        : [{ method: request.method(), url: path }];
      for (const each of inBatch)
        if (each.method !== 'GET' && /\/lists\//.test(each.url)) writes.push(`${each.method} ${each.url}`);
    });
    return writes;
  }

  it('keeps a chief’s refused edit as a draft with the Danish sentence, sends it once, and offers no writing after', async () => {
    const context = await env.returningContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
    await context.addInitScript(() => localStorage.setItem('chefforum-mode', 'minutes'));
    const page = await context.newPage();
    const writes = recordWrites(page);
    await page.goto(tabAddress(env.server.url, env.graph.url, '&meeting=2022-03-10&point=2', 'finance'));

    // Before any evidence the tab offers writing, as it does to everyone.
    const editor = page.getByRole('region', { name: 'Beslutning og opfølgning' }).first();
    await editor.getByText('Gemt', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Udarbejd referat' }).waitFor();
    expect(await page.getByRole('button', { name: 'Fastgør referat i kanalen' }).count()).toBe(1);

    const text = editor.getByRole('textbox', { name: /Beslutning/ });
    await text.fill('En chefs rettelse af sekretærens beslutning.');
    await editor.getByRole('button', { name: 'Gem', exact: true }).click();

    // The refusal: the sentence, the kept text, and no writing offered any more.
    const kept = page.getByText(REFUSED);
    await kept.waitFor({ timeout: 30_000 });
    await page.getByText('En chefs rettelse af sekretærens beslutning.').waitFor();
    expect(writes).toEqual([expect.stringMatching(/^PATCH .*\/items\/\d+\/fields$/)]);
    await page.getByText(/^Beslutningslisten tager ikke imod ændringer fra dig/).waitFor();
    expect(await page.getByRole('switch', { name: 'Skriv referat' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Udarbejd referat' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Fastgør referat i kanalen' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Beslutning og opfølgning' }).count()).toBe(0);
    await page.screenshot({ path: 'test-output/screenshots/refused-write-1400.png' });

    // A reload finds the draft kept and the refusal with it, and sends nothing.
    await page.reload();
    await page.getByText(REFUSED).waitFor({ timeout: 60_000 });
    await page.getByText('En chefs rettelse af sekretærens beslutning.').waitFor();
    await page.getByText(/^Beslutningslisten tager ikke imod ændringer fra dig/).waitFor();
    expect(writes).toEqual([expect.stringMatching(/^PATCH .*\/items\/\d+\/fields$/)]);
    expect((await store.get('2022-03-10#2'))?.decision.decision).toBe('Sekretærens beslutning.');
    await context.close();
  });
});
