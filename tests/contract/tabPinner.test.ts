// Pinning a referat through the Graph adapters, against the emulator: once however often it is
// asked for, the right kind of tab, and a permission failure the UI can explain.
import { SEED } from '../../dev/emulator/seed';
import { startTestEmulator, type TestEmulator, tokenFor } from '../../dev/emulator/testing/testEmulator';
import type { ReferatFile } from '../../src/domain/discussion/TabPinner';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { channelTabPinner, chatTabPinner, referatTab } from '../../src/graph/graphTabPinner';

let graph: TestEmulator;
const connect = (user: 'secretary' | 'director' | 'outsider') =>
  createGraphClient({
    baseUrl: graph.url,
    token: async () => tokenFor(user),
    retry: { baseDelayMs: 5, maxDelayMs: 1000, maxAttempts: 10 },
  });
// The manifest id; the tab binds to the id the app has in the catalog (SEED.app.catalogId).
const APP = { appId: SEED.app.externalId, contentUrl: 'https://chefforum.kommune.dk/tab' };
const pinner = (user: 'secretary' | 'director' | 'outsider' = 'secretary') =>
  channelTabPinner(connect(user), SEED.teamId, SEED.channelId, APP);

beforeAll(async () => {
  graph = await startTestEmulator();
});
afterAll(() => graph.close());

const referat = (meetingDate: string, fileName: string): ReferatFile => ({
  meetingDate,
  fileName,
  webUrl: `https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/${encodeURIComponent(fileName)}`,
});

const tabs = async () =>
  (await graph.call('GET', `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}/tabs`)).body
    .value as { displayName: string; teamsApp: { id: string }; configuration: Record<string, unknown> }[];

it.each([
  [
    '2020-10-08',
    'Referat 8. oktober 2020.pdf',
    'Referat 8. oktober 2020',
    'com.microsoft.teamspace.tab.file.staticviewer.pdf',
  ],
  [
    '2022-03-10',
    'referat-2022-03-10.DOCX',
    'Referat 10. marts 2022',
    'com.microsoft.teamspace.tab.file.staticviewer.word',
  ],
  ['2015-04-23', 'referat-2015-04-23.txt', 'Referat 23. april 2015', SEED.app.catalogId],
])('pins %s (%s) as the tab "%s" of app %s, once however often asked', async (date, fileName, name, app) => {
  const file = referat(date, fileName);
  expect(await pinner().pinReferat(file)).toBe('pinned');
  expect(await pinner('director').pinReferat(file)).toBe('already-pinned');
  const pinned = (await tabs()).filter((tab) => tab.displayName === name);
  expect(pinned).toHaveLength(1);
  expect(pinned[0]!.teamsApp.id).toBe(app);
  expect(pinned[0]!.configuration).toEqual(referatTab(file, { ...APP, appId: app }).configuration);
});

it('gives a file tab the file itself, and our tab the meeting', () => {
  const pdf = referat('2020-10-08', 'x.pdf');
  expect(referatTab(pdf, APP).configuration).toEqual({
    entityId: '',
    contentUrl: pdf.webUrl,
    websiteUrl: pdf.webUrl,
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
  expect(results.sort()).toEqual(['already-pinned', 'pinned']);
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
  expect(await chatTabPinner(connect('secretary'), SEED.chatId).pinReferat(file)).toBe('pinned');
  expect(await chatTabPinner(connect('director'), SEED.chatId).pinReferat(file)).toBe('already-pinned');
  const pins = (await graph.call('GET', `/chats/${encodeURIComponent(SEED.chatId)}/pinnedMessages`)).body
    .value as {
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
  const other = channelTabPinner(connect('secretary'), SEED.teamId, SEED.channelId, {
    ...APP,
    appId: 'not-installed',
  });
  await expect(other.pinReferat(referat('2019-06-06', 'referat-2019-06-06.txt'))).rejects.toMatchObject({
    code: 'not-found',
  });
});
