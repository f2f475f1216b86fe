// Decisions in the agenda tab, in Debian's chromium against a seeded emulator: edit, save and reload;
// the conflict dialog when the item changed underneath; save all interrupted by a closed tab and
// finished by the next one; the follow-up view with the overdue decision first.
import type { BrowserContext, Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import type { DecisionStore } from '../../src/domain/ports';
import { decisionKey } from '../../src/domain/decisions/decision';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { getTeamSite } from '../../src/graph/files';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import { hostPageUrl, startTeamsHost } from './support/teamsHost/teamsHost';
import { seriousViolations } from './support/accessibility';

describeInBrowser('decisions in the agenda tab', () => {
  const env = tabFixture();
  let store: DecisionStore; // what another member's tab (or SharePoint itself) sees

  beforeAll(async () => {
    const connection = createGraphClient({ baseUrl: env.graph.url, token: async () => tokenFor('director') });
    store = graphDecisionStore(connection, async () => (await getTeamSite(connection, SEED.teamId)).id);
  });

  afterEach(async () => {
    await setFaults({});
  });

  /**
   * A browser profile of a member who has opened the tab before (the library is cached, nothing else);
   * these tests keep the minutes, as the secretary who switched "Skriv referat" on.
   */
  const newContext = async (mode: 'minutes' | null = 'minutes') => {
    const context = await env.returningContext({
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
      locale: 'da-DK',
    });
    if (mode) await context.addInitScript(() => localStorage.setItem('chefforum-mode', 'minutes'));
    return context;
  };

  async function open(query: string, context?: BrowserContext): Promise<Page> {
    const page = await (context ?? (await newContext())).newPage();
    await page.goto(tabAddress(env.server.url, env.graph.url, query));
    return page;
  }

  const setFaults = (faults: Record<string, number | string>) =>
    fetch(`${env.graph.url}/_admin/faults`, { method: 'POST', body: JSON.stringify(faults) });

  /** The decision editor of a point, found by its heading. */
  const editorOf = (page: Page) => page.getByRole('region', { name: 'Beslutning og opfølgning' });

  it('edits and saves a decision; after a reload it is there, and in the list', async () => {
    const page = await open('&meeting=2022-03-10&point=2');
    const editor = editorOf(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    // The owner from the picker's suggestions (the referater's roles), the deadline as Danes write it.
    await editor.getByRole('combobox', { name: 'Ansvarlig' }).click();
    await editor.getByRole('combobox', { name: 'Ansvarlig' }).pressSequentially('økonomi');
    await page.getByRole('option', { name: 'Chefen for Økonomi & Stab' }).click();
    await editor.getByLabel('Frist', { exact: true }).fill('01.05.2022');
    await editor.getByLabel('Frist', { exact: true }).press('Tab');
    await editor.getByLabel('Status', { exact: true }).selectOption('Gul');
    await editor
      .getByLabel(/Udfald: at Chefforum godkender, at udkastet/)
      .selectOption('godkendt med ændringer');
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor();
    await page.reload();
    await editorOf(page).getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await editorOf(page).getByRole('listbox', { name: 'Valgte ansvarlige' }).textContent()).toBe(
      'Chefen for Økonomi & Stab',
    );
    expect(await editorOf(page).getByLabel('Frist', { exact: true }).inputValue()).toBe('01.05.2022');
    expect(await editorOf(page).getByLabel('Status', { exact: true }).inputValue()).toBe('Gul');
    expect((await store.get(decisionKey('2022-03-10', 2)))?.decision).toMatchObject({
      owner: `Chefen for Økonomi & Stab <${SEED.users.finance.id}>`, // the person bearing the role's name
      deadline: '2022-05-01',
      status: 'Gul',
      outcomes: expect.arrayContaining(['godkendt med ændringer']),
    });
  });

  it("picks a deadline in Fluent's date picker in Danish, week from Monday, kept as dd.mm.yyyy", async () => {
    // An American browser: its own date field would read mm/dd/yyyy and start the week on Sunday.
    const context = await env.returningContext({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      reducedMotion: 'reduce', // the popup opens without animation, so no click lands mid-transition
    });
    await context.addInitScript(() => localStorage.setItem('chefforum-mode', 'minutes'));
    const page = await open('&meeting=2022-03-10&point=4&lang=da', context);
    const editor = editorOf(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    const deadline = editor.getByRole('textbox', { name: 'Frist' });
    await deadline.fill('5. april 2022'); // written as in a referat, read day first
    await deadline.press('Tab');
    expect(await deadline.inputValue()).toBe('05.04.2022');
    // The calendar button is named for what it does, not by the day in the field.
    await editor.getByRole('button', { name: 'Vælg dato' }).click();
    const calendar = page.getByRole('group', { name: 'Kalender' });
    await calendar.waitFor();
    expect((await calendar.getByRole('columnheader').allTextContents()).slice(0, 2)).toEqual(['man', 'tir']);
    expect(await calendar.getByText('april 2022').count()).toBeGreaterThan(0);
    expect(await calendar.getByRole('button', { name: 'Gå til i dag' }).count()).toBe(1);
    // The calendar takes the day and closes.
    await calendar.getByRole('button', { name: '14, april, 2022' }).click();
    await calendar.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await deadline.inputValue()).toBe('14.04.2022');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor();
    await page.reload();
    await editorOf(page).getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await editorOf(page).getByRole('textbox', { name: 'Frist' }).inputValue()).toBe('14.04.2022');
    expect((await store.get(decisionKey('2022-03-10', 4)))?.decision.deadline).toBe('2022-04-14');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await context.close();
  });

  it('shows both versions when the item changed underneath, and merges them only when asked', async () => {
    const key = decisionKey('2022-03-10', 3);
    const page = await open('&meeting=2022-03-10&point=3');
    const editor = editorOf(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor();
    // The tab holds the version its save answered (it does not read the list again): the director's
    // change, made after it, is one the tab has not seen.
    const read = (await store.get(key))!;
    await store.save(read, { ...read.decision, decision: 'Direktørens rettelse.', status: 'Rød' });

    await editor.getByLabel('Beslutning', { exact: true }).fill('Sekretærens tekst.');
    await editor.getByRole('button', { name: 'Gem' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'En anden har ændret beslutningen' });
    await dialog.waitFor();
    expect(await dialog.getByRole('region', { name: 'Din version' }).textContent()).toContain(
      'Sekretærens tekst.',
    );
    expect(await dialog.getByRole('region', { name: 'Den gemte version' }).textContent()).toContain(
      'Direktørens rettelse.',
    );
    expect((await store.get(key))!.decision.decision).toBe('Direktørens rettelse.'); // nothing overwritten
    // Who and when, from the item's lastModifiedBy / lastModifiedDateTime (resources/listitem.md).
    expect(await dialog.textContent()).toMatch(
      /Kommunaldirektøren ændrede den \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d\./u,
    );
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Flet' }).click();
    await editor.getByText('Versionerne er flettet').waitFor();
    expect(await editor.getByLabel('Status', { exact: true }).inputValue()).toBe('Rød'); // only they changed it
    await editor.getByLabel('Beslutning', { exact: true }).fill('Sekretærens tekst. Direktørens rettelse.');
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor();
    expect((await store.get(key))!.decision).toMatchObject({
      decision: 'Sekretærens tekst. Direktørens rettelse.',
      status: 'Rød',
    });
  });

  it('keeps a save the list could not take as "afventer", across a reload, and sends it when it can', async () => {
    const key = decisionKey('2015-04-23', 1);
    const page = await open('&meeting=2015-04-23&point=1');
    const editor = editorOf(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    await setFaults({ unavailableRate: 1, retryAfterSeconds: 0, pathContains: '/lists' });
    await editor.getByRole('combobox', { name: 'Ansvarlig' }).click();
    await editor.getByRole('combobox', { name: 'Ansvarlig' }).pressSequentially('Kommunaldirektøren');
    await editor.getByRole('combobox', { name: 'Ansvarlig' }).press('Enter');
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor
      .getByText(/^Afventer – prøver igen (om \d+ sek\.|kl\. \d\d\.\d\d)$/)
      .waitFor({ timeout: 30_000 });
    await page.reload();
    await editorOf(page)
      .getByText(/^Afventer – prøver igen (om \d+ sek\.|kl\. \d\d\.\d\d)$/)
      .waitFor({ timeout: 30_000 });
    expect(await editorOf(page).getByRole('listbox', { name: 'Valgte ansvarlige' }).textContent()).toBe(
      'Kommunaldirektøren',
    );
    await setFaults({});
    await editorOf(page).getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 }); // the timer resent it
    expect((await store.get(key))?.decision.owner).toBe(`Kommunaldirektøren <${SEED.users.director.id}>`);
  });

  it('stores the person highlighted in the owner picker, not the text typed to find them', async () => {
    // The people come from the organisation's directory: List users with $search on displayName and the
    // header ConsistencyLevel: eventual (microsoft-graph-docs-contrib api-reference/v1.0/api/user-list.md,
    // concepts/aad-advanced-queries.md), under User.ReadBasic.All, which needs no administrator
    // (concepts/permissions-reference.md).
    const finance = SEED.users.finance;
    const page = await open('&meeting=2015-04-23&point=2');
    const editor = editorOf(page);
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    const owner = editor.getByRole('combobox', { name: 'Ansvarlig' });
    await owner.click();
    await owner.pressSequentially('Chefen for Øk');
    const person = page.getByRole('option', { name: /^Chefen for Økonomi & Stab.*Person i organisationen/ });
    await person.waitFor();
    // Fluent highlights the first option as one types: the person. Down to "Brug … som tekst" and back.
    const text = page.getByRole('option', { name: 'Brug "Chefen for Øk" som tekst' });
    const highlighted = async () => owner.getAttribute('aria-activedescendant');
    await owner.press('ArrowDown');
    expect(await highlighted()).toBe(await text.getAttribute('id'));
    await owner.press('ArrowUp');
    expect(await highlighted()).toBe(await person.getAttribute('id'));
    await owner.press('Enter');
    // Beside "Cheferne", which the decision's text proposed.
    const chosen = editor.getByRole('listbox', { name: 'Valgte ansvarlige' }).getByRole('option');
    expect(await chosen.allTextContents()).toEqual(['Cheferne', finance.displayName]);
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor();

    // The list item as Graph gives it to anyone: the person's id and name in the Owner column.
    const site = (await env.graph.call('GET', `/groups/${SEED.teamId}/sites/root`)).body.id as string;
    const list = (
      await env.graph.call('GET', `/sites/${site}/lists/${encodeURIComponent('Chefforum beslutninger')}`)
    ).body.id as string;
    const filter = encodeURIComponent(`fields/DecisionKey eq '${decisionKey('2015-04-23', 2)}'`);
    const items = (
      await env.graph.call('GET', `/sites/${site}/lists/${list}/items?$expand=fields&$filter=${filter}`)
    ).body.value as { fields: { Owner?: string } }[];
    expect(items.map((item) => item.fields.Owner)).toEqual([
      `Cheferne; ${finance.displayName} <${finance.id}>`,
    ]);

    // The follow-up view's owner filter names the person, never the fragment, and filters by them.
    const followUp = await open('&view=opfolgning');
    await followUp.getByRole('heading', { name: 'Opfølgning på beslutninger' }).waitFor({ timeout: 30_000 });
    await followUp
      .getByRole('status')
      .filter({ hasText: /beslutning/ })
      .waitFor();
    const ownerFilter = followUp.getByLabel('Ansvarlig', { exact: true });
    const named = await ownerFilter.getByRole('option').allTextContents();
    expect(named.filter((name) => name.startsWith('Chefen for Øk'))).not.toContain('Chefen for Øk');
    // The person is one option, by id, named by name.
    expect(await ownerFilter.locator(`option[value="id:${finance.id}"]`).textContent()).toBe(
      finance.displayName,
    );
    // Grøn: a decision of 2015 has lapsed, so not "open"; it is listed under its status.
    await followUp.getByLabel('Status', { exact: true }).selectOption('Grøn');
    await ownerFilter.selectOption(`id:${finance.id}`);
    const rows = followUp.getByRole('row');
    await rows.filter({ hasText: 'Cheferne' }).first().waitFor();
    const owned = (await rows.allTextContents()).slice(1);
    expect(owned.length).toBeGreaterThan(0);
    expect(owned.every((row) => row.includes(finance.displayName) && !row.includes(finance.id))).toBe(true);
  });

  it('says the decision form could not be fetched when the connection is gone, and shows it when retried', async () => {
    // The editor's code is fetched when "Skriv referat" is first switched on (src/ui/components/
    // retryableLazy.ts); offline by then, the tab keeps the agenda and offers a retry, no blank screen.
    const context = await newContext(null);
    const page = await open('&meeting=2022-03-10&point=2', context);
    const modeSwitch = page.getByRole('switch', { name: 'Skriv referat' });
    await modeSwitch.waitFor({ timeout: 30_000 });
    await context.setOffline(true);
    await modeSwitch.check();
    await page.getByText('Beslutningsfeltet kunne ikke hentes. Tjek forbindelsen, og prøv igen.').waitFor();
    expect(await page.getByRole('button', { name: /Punkt 2: Digitaliseringsstrategi/ }).count()).toBe(1);
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await editorOf(page).getByRole('button', { name: 'Gem' }).waitFor();
    expect(await page.getByText(/Beslutningsfeltet kunne ikke hentes/).count()).toBe(0);
  });

  it('finishes "save all" in the next tab when the first was closed mid-way', async () => {
    const context = await newContext();
    const first = await open('&meeting=2023-06-15', context);
    const saveAll = first.getByRole('button', { name: 'Gem alle beslutninger fra referatet' });
    await saveAll.waitFor({ timeout: 30_000 });
    await setFaults({ latencyMs: 1500 });
    await saveAll.click();
    await first.getByText(/^0 af 39 beslutninger gemt$/).waitFor(); // queued, first $batch under way
    await first.close(); // the tab is gone mid-import
    await setFaults({});
    const second = await open('&meeting=2023-06-15&point=40', context);
    await editorOf(second).getByText('Gemt', { exact: true }).waitFor({ timeout: 30_000 });
    const stored = await store.between('2023-06-15', '2023-06-15');
    expect(stored).toHaveLength(39); // every open point once, the closed one never
    expect(new Set(stored.map((each) => each.decision.key)).size).toBe(39);
    expect(stored.some((each) => each.decision.itemNumber === 21)).toBe(false);
    await context.close();
  });

  // Teams tells the tab the user's team role: team.userRole, UserTeamRole Admin = 0, User = 1
  // (MicrosoftDocs/msteams-docs msteams-platform/tabs/how-to/access-teams-context.md, "userTeamRole").
  it.each([
    ['the secretary (team owner) keeps the minutes: editor and "Gem alle"', 'secretary', 0, true],
    ['a chief (member) reads: decisions as text, no editor', 'director', 1, false],
  ] as const)('%s', async (_name, user, userTeamRole, editor) => {
    const host = await startTeamsHost();
    const context = await newContext(null);
    try {
      const page = await context.newPage();
      const hostOrigin = new URL(host.url).origin;
      const tab = tabAddress(
        env.server.url,
        env.graph.url,
        `&hostOrigin=${encodeURIComponent(hostOrigin)}&meeting=2023-06-15&point=2`,
        user,
      );
      const who = SEED.users[user];
      const teamsContext = {
        locale: 'da-DK',
        entityId: 'chefforum-dagsorden',
        groupId: SEED.teamId,
        teamId: '19:team@thread.tacv2',
        channelId: SEED.channelId,
        loginHint: who.userPrincipalName,
        userTeamRole,
      };
      await page.goto(hostPageUrl(host.url, { tab, frameContext: 'content', context: teamsContext }));
      const frame = page.frameLocator('#tab');
      const modeSwitch = frame.getByRole('switch', { name: 'Skriv referat' });
      await modeSwitch.waitFor({ timeout: 30_000 });
      expect(await modeSwitch.isChecked()).toBe(editor);
      // Wait until the list is read: the first editor, or the first decision shown as text.
      await (
        editor
          ? frame.getByRole('region', { name: 'Beslutning og opfølgning' }).first()
          : frame.getByText(/^Ansvarlig: .+ · Frist: .+ · Status: /).first()
      ).waitFor({ timeout: 30_000 });
      // The open point (2) has its editor in minutes mode; in reading mode no point has one.
      expect((await frame.getByRole('region', { name: 'Beslutning og opfølgning' }).count()) > 0).toBe(
        editor,
      );
      expect((await frame.getByRole('button', { name: 'Gem', exact: true }).count()) > 0).toBe(editor);
      await page.screenshot({
        path: `test-output/screenshots/${editor ? 'minutes-mode' : 'reading-mode'}-1400.png`,
      });
    } finally {
      await context.close();
      await host.close();
    }
  });

  it('lists an overdue decision first in the follow-up view', async () => {
    const decisions = await store.between('2022-03-10', '2022-03-10');
    const due = decisions.find((each) => each.decision.itemNumber === 2)!; // deadline 2022-05-01, Gul
    const later = decisions.find((each) => each.decision.itemNumber === 3)!;
    await store.save(later, { ...later.decision, deadline: '2999-01-01', owner: 'Cheferne' });
    const page = await open('&view=opfolgning');
    const rows = page.getByRole('row');
    await page.getByRole('heading', { name: 'Opfølgning på beslutninger' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('status')
      .filter({ hasText: /beslutning/ })
      .waitFor();
    const firstRow = await rows.nth(1).textContent();
    expect(firstRow).toContain('Overskredet');
    expect(firstRow).toContain(due.decision.title);
    await page.getByLabel('Ansvarlig', { exact: true }).selectOption('Cheferne');
    await rows.filter({ hasText: later.decision.title }).waitFor();
    const owned = (await rows.allTextContents()).slice(1);
    expect(owned.length).toBeGreaterThan(0);
    expect(owned.every((row) => row.includes('Cheferne'))).toBe(true);
    expect(owned.some((row) => row.includes(due.decision.title))).toBe(false);
  });

  // Points 1 and 2 of this meeting are saved by the tests above: "Gem alle" saves the rest.
  it('says "Gem alle" under a 503 waits, with its count, asks before the tab closes, and says saved only when sent', async () => {
    // A page asks before it closes by preventDefault() on 'beforeunload' (MDN Window: beforeunload
    // event); playwright runs the handlers on page.close({ runBeforeUnload: true }) and shows the
    // browser's question as a 'beforeunload' dialog.
    const before = (await store.between('2015-04-23', '2015-04-23')).length;
    const page = await open('&meeting=2015-04-23');
    const saveAll = page.getByRole('button', { name: 'Gem alle beslutninger fra referatet' });
    await saveAll.waitFor({ timeout: 30_000 });
    await setFaults({ unavailableRate: 1, retryAfterSeconds: 0, pathContains: '/lists' });
    await saveAll.click();
    const waits = page.getByText(/^(\d+) beslutning(er)? venter på at blive sendt til listen\./);
    await waits.waitFor({ timeout: 30_000 });
    const count = Number(/^(\d+)/.exec((await waits.textContent()) ?? '')![1]);
    expect(count).toBeGreaterThan(0);
    expect(await page.getByText(/beslutning(er)? gemt\./).count()).toBe(0); // nothing said saved
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss(); // stay
    });
    const question = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    await question;
    expect(asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);

    await setFaults({});
    await page
      .getByText(count === 1 ? '1 beslutning gemt.' : `${count} beslutninger gemt.`, { exact: true })
      .waitFor({ timeout: 60_000 });
    expect(await waits.count()).toBe(0);
    expect(await store.between('2015-04-23', '2015-04-23')).toHaveLength(before + count);
    // Nothing waits any more: the tab closes without asking.
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toEqual(['beforeunload']);
  });
});
