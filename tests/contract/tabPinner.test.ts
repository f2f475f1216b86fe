// Pinning a referat through the Graph adapters, against the emulator: once however often it is
// asked for, the right kind of tab, and a permission failure the UI can explain. A PDF or Word file
// tab is configured as graph docs concepts/teams-configuring-builtin-tabs.md prescribes (entityId the
// sourcedoc GUID, contentUrl "{folder-webUrl}/{item-name}", removeUrl and websiteUrl null), and the
// emulator refuses any other configuration with 400.
import { SEED } from '../../dev/emulator/seed';
import type { ReferatFile } from '../../src/domain/ports';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { channelTabPinner, chatTabPinner, referatFileTab, referatTab } from '../../src/graph/graphTabPinner';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ retry: { baseDelayMs: 5, maxDelayMs: 1000, maxAttempts: 10 } });
const { connect } = emulator;
// The manifest id; the tab binds to the id the app has in the catalog (SEED.app.catalogId).
const APP = { appId: SEED.app.externalId, contentUrl: 'https://chefforum.kommune.dk/tab' };
const LOCATION = { teamId: SEED.teamId, channelId: SEED.channelId };
const pinner = (user: 'secretary' | 'director' | 'outsider' = 'secretary', subfolder = '') =>
  channelTabPinner(connect(user), { ...LOCATION, subfolder }, APP);

const FOLDER = 'folder-generelt'; // the seeded channel folder
const upload = async (name: string, folder = FOLDER) =>
  expect(
    (
      await emulator.graph.call(
        'PUT',
        `/drives/${encodeURIComponent(SEED.driveId)}/items/${folder}:/${encodeURIComponent(name)}:/content`,
        { body: 'referat' },
      )
    ).status,
  ).toBeLessThan(300);

/** The file as Graph describes it: its folder's webUrl, and its sourcedoc GUID. */
async function described(name: string, folder = FOLDER) {
  const drive = `/drives/${encodeURIComponent(SEED.driveId)}/items`;
  const folderItem = (await emulator.graph.call('GET', `${drive}/${folder}`)).body;
  const children = (
    await emulator.graph.call('GET', `${drive}/${folder}/children?$select=id,name,webUrl,sharepointIds`)
  ).body.value as { name: string; webUrl: string; sharepointIds: { listItemUniqueId: string } }[];
  const file = children.find((child) => child.name === name)!;
  return { folderWebUrl: folderItem.webUrl as string, file };
}

beforeAll(async () => {
  await upload('Referat 8. oktober 2020.pdf');
  await upload('referat-2022-03-10.docx');
});

const referat = (meetingDate: string, fileName: string): ReferatFile => ({
  meetingDate,
  fileName,
  webUrl: `https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/${encodeURIComponent(fileName)}`,
});

const tabs = async () =>
  (
    await emulator.graph.call(
      'GET',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs?$expand=teamsApp`,
    )
  ).body.value as {
    id: unknown;
    displayName: string;
    teamsApp: { id: string };
    configuration: Record<string, unknown>;
  }[];

it.each([
  [
    '2020-10-08',
    'Referat 8. oktober 2020.pdf',
    'Referat 8. oktober 2020',
    'com.microsoft.teamspace.tab.file.staticviewer.pdf',
  ],
  [
    '2022-03-10',
    'referat-2022-03-10.docx',
    'Referat 10. marts 2022',
    'com.microsoft.teamspace.tab.file.staticviewer.word',
  ],
])('pins %s (%s) as the file tab "%s" of %s, once however often asked', async (date, fileName, name, app) => {
  const file = referat(date, fileName);
  expect((await pinner().pinReferat(file)).result).toBe('pinned');
  expect((await pinner('director').pinReferat(file)).result).toBe('already-pinned');
  const pinned = (await tabs()).filter((tab) => tab.displayName === name);
  expect(pinned).toHaveLength(1);
  expect(pinned[0]!.teamsApp.id).toBe(app);
  const { folderWebUrl, file: item } = await described(fileName);
  expect(pinned[0]!.configuration).toEqual({
    entityId: item.sharepointIds.listItemUniqueId.toUpperCase(),
    contentUrl: `${folderWebUrl}/${fileName}`,
    removeUrl: null,
    websiteUrl: null,
  });
});

it('pins a plain-text referat as this app’s own tab, bound to its catalog id', async () => {
  const file = referat('2015-04-23', 'referat-2015-04-23.txt');
  expect((await pinner().pinReferat(file)).result).toBe('pinned');
  expect((await pinner('director').pinReferat(file)).result).toBe('already-pinned');
  const pinned = (await tabs()).filter((tab) => tab.displayName === 'Referat 23. april 2015');
  expect(pinned).toHaveLength(1);
  expect(pinned[0]!.teamsApp.id).toBe(SEED.app.catalogId);
  expect(pinned[0]!.configuration).toEqual(
    referatTab(file, { ...APP, appId: SEED.app.catalogId }).configuration,
  );
});

it('finds a Word file’s sourcedoc in its Doc.aspx webUrl too, as the docs say it can be derived', async () => {
  const { file } = await described('referat-2022-03-10.docx');
  const sourcedoc = /[?&]sourcedoc=%7B([0-9A-F-]+)%7D/i.exec(file.webUrl)?.[1];
  expect(sourcedoc?.toLowerCase()).toBe(file.sharepointIds.listItemUniqueId.toLowerCase());
});

it('pins a referat kept in a subfolder of the channel’s folder from that folder', async () => {
  const file = referat('2022-03-14', 'Tidsplan for høring.pdf');
  expect((await pinner('secretary', 'Bilag').pinReferat(file)).result).toBe('pinned');
  const tab = (await tabs()).find((each) => each.displayName === 'Referat 14. marts 2022')!;
  const { folderWebUrl } = await described('Tidsplan for høring.pdf', 'folder-bilag');
  expect(folderWebUrl).toMatch(/\/Generelt\/Bilag$/);
  expect(tab.configuration.contentUrl).toBe(`${folderWebUrl}/Tidsplan for høring.pdf`);
});

it('tells a referat that is not in the folder as not found, and makes no tab', async () => {
  await expect(pinner().pinReferat(referat('2019-01-10', 'findes-ikke.pdf'))).rejects.toMatchObject({
    failure: { code: 'not-found' },
  });
  expect((await tabs()).some((tab) => tab.displayName === 'Referat 10. januar 2019')).toBe(false);
});

it.each([
  ['an empty entityId and the file’s webUrl (the old configuration)', 'old'],
  ['a websiteUrl', 'websiteUrl'],
  ['the wrong sourcedoc', 'entityId'],
  ['a contentUrl that is not {folder-webUrl}/{item-name}', 'contentUrl'],
])('the emulator refuses a file tab with %s (400)', async (_, wrong) => {
  const { folderWebUrl, file } = await described('referat-2023-06-15.pdf');
  const good = {
    entityId: file.sharepointIds.listItemUniqueId.toUpperCase(),
    contentUrl: `${folderWebUrl}/referat-2023-06-15.pdf`,
    removeUrl: null,
    websiteUrl: null,
  };
  const configuration = {
    old: { entityId: '', contentUrl: file.webUrl, websiteUrl: file.webUrl },
    websiteUrl: { ...good, websiteUrl: file.webUrl },
    entityId: { ...good, entityId: '115A90F4-AC9C-4F79-9837-36D1EFB3BE08' },
    contentUrl: { ...good, contentUrl: `${folderWebUrl}/Bilag/referat-2023-06-15.pdf` },
  }[wrong];
  const answer = await emulator.graph.call(
    'POST',
    `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs`,
    {
      body: {
        displayName: `Forkert ${wrong}`,
        'teamsApp@odata.bind':
          'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.file.staticviewer.pdf',
        configuration,
      },
    },
  );
  expect(answer.status).toBe(400);
});

it('gives a file tab the documented configuration, and our tab the meeting', () => {
  const file = {
    name: 'Referat 8. oktober 2020.pdf',
    listItemUniqueId: '{115a90f4-ac9c-4f79-9837-36d1efb3be08}',
    folderWebUrl: 'https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/Generelt',
  };
  expect(referatFileTab('2020-10-08', 'pdf', file).configuration).toEqual({
    entityId: '115A90F4-AC9C-4F79-9837-36D1EFB3BE08',
    contentUrl: `${file.folderWebUrl}/Referat 8. oktober 2020.pdf`,
    removeUrl: null,
    websiteUrl: null,
  });
  const txt = referat('2020-10-08', 'x.txt');
  expect(referatTab(txt, APP).configuration).toEqual({
    entityId: '2020-10-08',
    contentUrl: `${APP.contentUrl}?meeting=2020-10-08`,
    websiteUrl: txt.webUrl,
  });
});

it('pins once when two members pin at the same moment (the duplicate is refused with 400)', async () => {
  const file = referat('2023-06-15', 'referat-2023-06-15.pdf');
  const results = await Promise.all([pinner().pinReferat(file), pinner('director').pinReferat(file)]);
  expect(results.map((each) => each.result).sort()).toEqual(['already-pinned', 'pinned']);
  expect(results[0]!.tabId).toBe(results[1]!.tabId);
  expect((await tabs()).filter((tab) => tab.displayName === 'Referat 15. juni 2023')).toHaveLength(1);
});

it('refuses a member outside the team with forbidden, for the UI to explain', async () => {
  const failure = await pinner('outsider')
    .pinReferat(referat('2024-01-11', 'x.pdf'))
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(GraphFailure);
  expect(failure).toMatchObject({ code: 'forbidden', status: 403 });
  expect((await tabs()).some((tab) => tab.displayName === 'Referat 11. januar 2024')).toBe(false);
});

it('pins a message linking the referat in a chat, once', async () => {
  const file = referat('2020-10-08', 'Referat & bilag.pdf');
  expect((await chatTabPinner(connect('secretary'), SEED.chatId).pinReferat(file)).result).toBe('pinned');
  expect((await chatTabPinner(connect('director'), SEED.chatId).pinReferat(file)).result).toBe(
    'already-pinned',
  );
  const pins = (await emulator.graph.call('GET', `/chats/${encodeURIComponent(SEED.chatId)}/pinnedMessages`))
    .body.value as {
    message: { body: { content: string } };
  }[];
  expect(pins.map((pin) => pin.message.body.content)).toEqual([
    `<p><b>Referat 8. oktober 2020</b></p><p><a href="${file.webUrl}">Referat &amp; bilag.pdf</a></p>`,
  ]);
  await expect(chatTabPinner(connect('outsider'), SEED.chatId).pinReferat(file)).rejects.toMatchObject({
    code: 'forbidden',
  });
});

it('tells when this app is not installed in the team, so its own tab cannot be pinned', async () => {
  const other = channelTabPinner(connect('secretary'), LOCATION, {
    ...APP,
    appId: 'not-installed',
  });
  // Listing a team's installedApps filtered to an app it lacks answers 200 with an empty value
  // (graph docs api-reference/v1.0/api/team-list-installedapps.md), not 404: so no made-up 404, but
  // a failure of its own, which the UI explains (ask an owner to add the app).
  await expect(other.pinReferat(referat('2019-06-06', 'referat-2019-06-06.txt'))).rejects.toMatchObject({
    failure: { code: 'app-not-installed' },
  });
});

/** A member adds a website tab (graph docs concepts/teams-configuring-builtin-tabs.md) by hand. */
const addWebTab = async (displayName: string, url: string) =>
  expect(
    (
      await emulator.graph.call(
        'POST',
        `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs`,
        {
          body: {
            displayName,
            'teamsApp@odata.bind':
              'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.web',
            configuration: { entityId: null, contentUrl: url, removeUrl: null, websiteUrl: url },
          },
        },
      )
    ).status,
  ).toBe(201);

it.each([
  ['a website tab', 'Referat 12. maj 2022'],
  ['a website tab named in other case', 'REFERAT 12. MAJ 2022'],
])(
  'pins the real referat beside %s of its name pointing elsewhere, leaves that alone and names it',
  async (_how, lookAlikeName) => {
    await upload('Referat 12. maj 2022.pdf');
    await addWebTab(lookAlikeName, 'https://example.org/falsk-referat');
    const file = referat('2022-05-12', 'Referat 12. maj 2022.pdf');
    const first = await pinner().pinReferat(file);
    expect(first).toEqual({
      result: 'pinned',
      tabId: expect.any(String),
      tabName: 'Referat 12. maj 2022 (Chefforum)',
      lookAlikes: [lookAlikeName],
    });
    // Recognised again by the kept id, and without it by the file it shows: never by its name.
    expect(await pinner('director').pinReferat(file, first.tabId)).toMatchObject({
      result: 'already-pinned',
      tabId: first.tabId,
    });
    expect(await pinner('director').pinReferat(file)).toMatchObject({
      result: 'already-pinned',
      tabId: first.tabId,
    });
    const named = (await tabs()).filter((tab) =>
      tab.displayName.toLowerCase().startsWith('referat 12. maj 2022'),
    );
    expect(named.map((tab) => [tab.displayName, tab.teamsApp.id])).toEqual([
      [lookAlikeName, 'com.microsoft.teamspace.tab.web'],
      ['Referat 12. maj 2022 (Chefforum)', 'com.microsoft.teamspace.tab.file.staticviewer.pdf'],
    ]);
    await emulator.graph.call(
      'DELETE',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs/${named[0]!.id as string}`,
    );
    await emulator.graph.call(
      'DELETE',
      `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs/${first.tabId!}`,
    );
  },
);

it('pins again when the kept tab now shows something else (its id is not proof alone)', async () => {
  const file = referat('2022-05-19', 'Referat 19. maj 2022.pdf');
  await upload(file.fileName);
  await addWebTab('Andet', 'https://example.org/andet');
  const other = (await tabs()).find((tab) => tab.displayName === 'Andet')!;
  expect(await pinner().pinReferat(file, other.id as string)).toMatchObject({
    result: 'pinned',
    tabName: 'Referat 19. maj 2022',
    lookAlikes: [],
  });
});

it('the emulator gives a tab’s app only when asked to expand it, as Graph does (channel-get-tabs.md)', async () => {
  const path = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs`;
  const [plain] = (await emulator.graph.call('GET', path)).body.value as { id: string; teamsApp?: unknown }[];
  expect(plain!.teamsApp).toBeUndefined();
  const one = await emulator.graph.call('GET', `${path}/${plain!.id}?$expand=teamsApp`);
  expect(one.body.teamsApp).toEqual({ id: expect.any(String) });
  expect((await emulator.graph.call('GET', `${path}/nope`)).status).toBe(404);
});
