// The referat from the tab, in Debian's chromium against a seeded emulator: decisions recorded on the
// coming meeting, "Udarbejd referat" saving a new .docx beside the agenda, refusing to replace a
// referat someone changed meanwhile, "Udgiv referat" pinning it and announcing it once (also after a
// lost connection and a second click, and past a member's look-alike tab and post), and the referat
// named by the approving point shown approved by its decision.
// Oracles: graph docs api-reference/v1.0/api/driveitem-put-content.md and OneDrive API docs
// api/driveitem_put_content.md ("Conflict Resolution Behavior": @microsoft.graph.conflictBehavior=fail),
// concepts/errors.md (409 nameAlreadyExists, 412 on If-Match), channel-post-tabs.md, chatmessage-post.md.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SEED } from '../../dev/emulator/seed';
import { tokenFor } from '../../dev/emulator/testing/testEmulator';
import { readDocumentText } from '../../src/documents/readDocumentText';
import { describeInBrowser } from './support/browser';
import { tabAddress } from './support/tabAddress';
import { tabFixture } from './support/tabFixture';
import { seriousViolations } from './support/accessibility';

const screenshots = path.resolve(__dirname, '../../test-output/screenshots');
const FILE = 'Referat Chefforum 14-01-2027.docx';
const CHANNEL = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}`;

describeInBrowser('the referat from the tab', () => {
  const env = tabFixture();
  let page: Page;
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    const context = await env.browser.newContext({
      viewport: { width: 1400, height: 900 },
      reducedMotion: 'reduce',
      locale: 'da-DK',
    });
    // The secretary keeps the minutes: she switched "Skriv referat" on (the tab remembers it).
    await context.addInitScript(() => localStorage.setItem('chefforum-mode', 'minutes'));
    page = await context.newPage();
    // The afternoon of the meeting (14 January 2027, in Copenhagen): a referat is not written before its day.
    await page.clock.install({ time: new Date('2027-01-14T14:00:00+01:00') });
  });

  const open = (query: string) => page.goto(tabAddress(env.server.url, env.graph.url, query));
  const setFaults = (faults: Record<string, number | string>) =>
    fetch(`${env.graph.url}/_admin/faults`, { method: 'POST', body: JSON.stringify(faults) });
  const dialog = () => page.getByRole('dialog', { name: 'Udarbejd referat' });
  const status = () => dialog().getByRole('status');
  const filesInChannel = async () =>
    (await env.graph.call('GET', `/drives/${SEED.driveId}/items/folder-generelt/children`)).body.value as {
      id: string;
      name: string;
      eTag: string;
      webUrl: string;
      '@microsoft.graph.downloadUrl': string;
    }[];
  const referatFile = async () => (await filesInChannel()).find((file) => file.name === FILE);
  const bytesOf = async (file: { '@microsoft.graph.downloadUrl': string }) =>
    new Uint8Array(await (await fetch(file['@microsoft.graph.downloadUrl'])).arrayBuffer());

  async function decide(point: number, text: string) {
    await open(`&meeting=2027-01-14&point=${point}`);
    const editor = page.getByRole('region', { name: 'Beslutning og opfølgning' });
    await editor.getByText('Ikke gemt endnu').waitFor({ timeout: 30_000 });
    await editor.getByLabel('Beslutning', { exact: true }).fill(text);
    await editor.getByRole('button', { name: 'Gem' }).click();
    await editor.getByText('Gemt', { exact: true }).waitFor();
  }

  const archiveEntry = (name: string) =>
    page.getByRole('complementary', { name: 'Arkiv' }).getByRole('listitem').filter({ hasText: name });

  it('shows the approval on the referat the approving point names, not on the nearest earlier one', async () => {
    // The agenda of 14 January 2027 (seed.ts) recommends "at Chefforum godkender referatet fra mødet den
    // 10. marts 2022"; the referat of 15 June 2023 lies between and is not the one approved.
    await decide(1, 'Dagsorden og referat godkendt.');
    await archiveEntry('Referat torsdag 10. marts 2022').filter({ hasText: '· godkendt' }).waitFor();
    expect(await archiveEntry('Referat torsdag 15. juni 2023').textContent()).toContain('· ikke godkendt');
    // Older than the latest referat approved, its approval never recorded: neither is said.
    expect(await archiveEntry('Referat torsdag 23. april 2015').textContent()).not.toContain('godkendt');

    await open('&meeting=2022-03-10');
    await page
      .getByRole('status')
      .filter({ hasText: 'Godkendt torsdag 14. januar 2027 af Chefforum' })
      .waitFor({ timeout: 30_000 });
    await open('&meeting=2023-06-15');
    await page.getByRole('status').filter({ hasText: 'Ikke godkendt' }).waitFor({ timeout: 30_000 });
  });

  it('says which points have no decision, and saves the referat as a new file beside the agenda', async () => {
    await decide(2, 'Budgetopfølgningen blev taget til efterretning.');
    await page.getByRole('button', { name: 'Udarbejd referat' }).click();
    await dialog().getByText('Punkt 4 og 5 har endnu ingen beslutning og skrives uden.').waitFor();
    expect(await dialog().textContent()).toContain(`Referatet gemmes som «${FILE}» i kanalens mappe`);
    await page.screenshot({ path: path.join(screenshots, 'referat-dialog.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await dialog().getByRole('button', { name: 'Gem referat' }).click();
    await status()
      .filter({ hasText: `Referatet er gemt som «${FILE}».` })
      .waitFor({ timeout: 30_000 });
    // The Word file opens from the dialog (the file's webUrl).
    expect(await dialog().getByRole('link', { name: 'Åbn referatet i Word' }).getAttribute('href')).toBe(
      (await referatFile())!.webUrl,
    );
    await dialog().getByRole('button', { name: 'Fastgør referat i kanalen' }).waitFor();
    // Written in the Word writer's own worker, not on the page's thread (ui/app/referatWriterInWorker.ts).
    expect(page.workers().some((worker) => /writeDocx\.worker/.test(worker.url()))).toBe(true);
    const file = await referatFile();
    expect(file).toBeDefined();
    const text = await readDocumentText(await bytesOf(file!), FILE);
    expect(text).toContain('Dagsorden og referat godkendt.');
    expect(text).toContain('Budgetopfølgningen blev taget til efterretning.');
    expect(text).toContain('Punkt 3: Lukket');
    await dialog().getByRole('button', { name: 'Luk' }).click();
  });

  it('refuses to replace a referat someone changed after the user was asked', async () => {
    await page.getByRole('button', { name: 'Udarbejd referat' }).click();
    await dialog().getByText(`Der findes allerede et referat af mødet, «${FILE}».`).waitFor();
    const before = (await referatFile())!;
    // The director saves the file in Word meanwhile.
    const edited = await fetch(`${env.graph.url}/v1.0/drives/${SEED.driveId}/items/${before.id}/content`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokenFor('director')}` },
      body: 'Direktørens udgave',
    });
    expect(edited.status).toBe(200);

    await dialog().getByRole('button', { name: 'Erstat referatet' }).click();
    await status().filter({ hasText: 'En anden har ændret referatet' }).waitFor({ timeout: 30_000 });
    const after = (await referatFile())!;
    expect(new TextDecoder().decode(await bytesOf(after))).toBe('Direktørens udgave'); // nothing overwritten
    expect((await filesInChannel()).filter((each) => each.name === FILE)).toHaveLength(1);
  });

  const tabs = async () =>
    (await env.graph.call('GET', `${CHANNEL}/tabs?$expand=teamsApp`)).body.value as {
      displayName: string;
      teamsApp: { id: string };
      configuration: Record<string, unknown>;
    }[];
  const SUBJECT = 'Referat Chefforum 14-01-2027 er udgivet';
  const announcements = async () =>
    (
      (await env.graph.call('GET', `${CHANNEL}/messages?$top=50`)).body.value as {
        subject: string | null;
        from: { user: { id: string } };
        body: { content: string };
      }[]
    ).filter((message) => message.subject === SUBJECT);
  const FAKE = 'https://example.org/falsk-referat';

  // The app knows its tab and post by the ids it got back and by the file a tab shows, never by the
  // name or subject a member can copy (graph docs channel-list-tabs.md with $expand=teamsApp,
  // concepts/teams-configuring-builtin-tabs.md, chatmessage-get.md).
  it('publishes it past a look-alike tab and post: one real tab and one announcement, after a lost connection and a second click too', async () => {
    // A chief first adds a web tab with the referat tab's name pointing elsewhere, and posts the subject.
    const lookAlike = await env.graph.call('POST', `${CHANNEL}/tabs`, {
      as: 'finance',
      body: {
        displayName: 'Referat 14. januar 2027',
        'teamsApp@odata.bind':
          'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.web',
        configuration: { entityId: null, contentUrl: FAKE, removeUrl: null, websiteUrl: FAKE },
      },
    });
    expect(lookAlike.status).toBe(201);
    const fakePost = await env.graph.call('POST', `${CHANNEL}/messages`, {
      as: 'finance',
      body: {
        subject: SUBJECT,
        body: { contentType: 'html', content: `<p><a href="${FAKE}">Referat</a></p>` },
      },
    });
    expect(fakePost.status).toBe(201);

    await dialog().getByRole('button', { name: 'Læs igen' }).click();
    await dialog().getByRole('button', { name: 'Erstat og udgiv' }).waitFor();
    await setFaults({ dropRate: 1, pathContains: '/messages' }); // the connection goes at the announcement
    await dialog().getByRole('button', { name: 'Erstat og udgiv' }).click();
    await status().filter({ hasText: 'kunne ikke gemmes eller udgives' }).waitFor({ timeout: 60_000 });
    expect(await tabs()).toHaveLength(2); // the look-alike, and ours beside it
    await setFaults({});

    // The retry: the file was replaced before the connection went, so it is found with the same text.
    await dialog().getByRole('button', { name: 'Erstat og udgiv' }).click();
    const ours = 'referatet er fastgjort som «Referat 14. januar 2027 (Chefforum)».';
    const named = `Fanen «Referat 14. januar 2027» og et indlæg med annonceringens emne er ikke appens og er ladt urørt; ${ours}`;
    await status()
      .filter({ hasText: `Referatet «${FILE}» er udgivet 14. januar 2027 kl. ` })
      .filter({ hasText: ` af Chefforums sekretær: fastgjort i kanalen og annonceret. ${named}` })
      .waitFor({ timeout: 30_000 });
    await dialog().getByRole('button', { name: 'Udgiv referat' }).click(); // and once more
    await status()
      .filter({ hasText: `var allerede udgivet 14. januar 2027 kl. ` })
      .filter({ hasText: ` af Chefforums sekretær. Intet er fastgjort eller annonceret to gange.` })
      .filter({ hasText: `Fanen «Referat 14. januar 2027» er ikke appens og er ladt urørt; ${ours}` })
      .waitFor({ timeout: 30_000 });

    const inChannel = await tabs();
    expect(inChannel.map((tab) => [tab.displayName, tab.teamsApp.id])).toEqual([
      ['Referat 14. januar 2027', 'com.microsoft.teamspace.tab.web'], // left alone
      ['Referat 14. januar 2027 (Chefforum)', 'com.microsoft.teamspace.tab.file.staticviewer.word'],
    ]);
    expect(inChannel[1]!.configuration.contentUrl).toMatch(new RegExp(`/${FILE}$`));
    const posted = (await announcements()).filter((post) => post.from.user.id === SEED.users.secretary.id);
    expect(posted).toHaveLength(1);
    expect(await announcements()).toHaveLength(2); // the member's post is still there, untouched
    const html = posted[0]!.body.content;
    expect(html).toContain('Punkt 2: Budgetopfølgning 2027');
    expect(html).toContain('<li>Punkt 3: Lukket</li>');
    expect(html).toMatch(/<a href="[^"]*point=4[^"]*">Punkt 4: Arbejdsmiljø og trivsel<\/a>/);
    const text = await readDocumentText(await bytesOf((await referatFile())!), FILE);
    expect(text).toContain('Budgetopfølgningen blev taget til efterretning.'); // the tab's referat replaced it
  });
});
