// The Graph adapter's contract, run against the emulator in CI and against a real tenant when one is
// configured (see graphTarget.ts): the same code, the same expectations.
import { randomUUID } from 'node:crypto';
import {
  downloadFile,
  getChannelFilesFolder,
  getSiteByPath,
  getTeamSite,
  listChildren,
} from '../../src/graph/files';
import { GraphFailure } from '../../src/graph/GraphFailure';
import { ensureList, findList, getListItem, listItems, updateListItem } from '../../src/graph/lists';
import { upsertByKey, upsertManyByKey } from '../../src/graph/upsertByKey';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { graphTargets } from './graphTarget';

const columns = [
  { name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'MeetingDate', dateTime: {}, indexed: true },
  { name: 'ItemNumber', number: {}, indexed: true },
  { name: 'Decision', text: { allowMultipleLines: true } },
];

describe.each(graphTargets())('the Graph adapter against $name', (target) => {
  let connection: GraphConnection;
  let siteId: string;
  let close: () => Promise<void>;
  const listName = `Kontrakt ${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    const connected = await target.connect();
    connection = connected.connection;
    close = connected.close;
    siteId = (await getSiteByPath(connection, connected.hostname, connected.sitePath)).id;
  });
  afterAll(() => close());

  it('reads the library and downloads a document without an Authorization header', async () => {
    if (target.name !== 'the emulator') return; // a real tenant's channel is not known here
    const { SEED } = await import('../../dev/emulator/seed');
    const folder = await getChannelFilesFolder(connection, SEED.teamId, SEED.channelId);
    const files = await listChildren(connection, folder.driveId, folder.id);
    const txt = files.find((file) => file.name.endsWith('.txt'))!;
    expect(txt).toMatchObject({
      isFolder: false,
      eTag: expect.any(String),
      downloadUrl: expect.stringMatching(/^http/),
    });
    const bytes = await downloadFile(connection, txt);
    expect(new TextDecoder().decode(bytes.subarray(0, 16))).toBe('REFERAT Chefforu');
    const stale = await downloadFile(connection, {
      ...txt,
      downloadUrl: txt.downloadUrl!.replace(/sig=[^&]+/, 'sig=old'),
    });
    expect(stale).toEqual(bytes);
  });

  it("finds the team's own site, where the decision list is kept", async () => {
    if (target.name !== 'the emulator') return; // a real tenant's team is not known here
    const { SEED } = await import('../../dev/emulator/seed');
    expect((await getTeamSite(connection, SEED.teamId)).id).toBe(siteId);
  });

  // A first open looks for lists not made yet: the look must answer "none" without a 404, which the
  // browser logs to the console (microsoft-graph-docs-contrib api-reference/v1.0/api/list-list.md).
  it('finds a list, and no list where there is none, with no request answered 404', async () => {
    const statuses: number[] = [];
    const realFetch = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (...args) => {
      const response = await realFetch(...args);
      statuses.push(response.status);
      return response;
    });
    try {
      expect(await findList(connection, siteId, `Findes ikke ${randomUUID().slice(0, 8)}`)).toBeNull();
      const made = await ensureList(connection, siteId, `${listName} fund`, columns);
      expect(await findList(connection, siteId, `${listName} FUND`)).toBe(made.listId);
    } finally {
      spy.mockRestore();
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 404)).toEqual([]);
  });

  it('provisions the list once, however many callers race to do it', async () => {
    const refs = await Promise.all([
      ensureList(connection, siteId, listName, columns),
      ensureList(connection, siteId, listName, columns),
    ]);
    expect(refs[0]).toEqual(refs[1]);
    expect(await ensureList(connection, siteId, listName, columns)).toEqual(refs[0]);
  });

  it('upserts by key: the same key twice gives one item with the newest fields', async () => {
    const list = await ensureList(connection, siteId, listName, columns);
    const first = await upsertByKey(connection, list, 'DecisionKey', {
      DecisionKey: '2020-10-08#4',
      ItemNumber: 4,
      Decision: 'Første udgave',
    });
    const second = await upsertByKey(connection, list, 'DecisionKey', {
      DecisionKey: '2020-10-08#4',
      ItemNumber: 4,
      Decision: 'Anden udgave',
    });
    expect(second.id).toBe(first.id);
    const found = await listItems(connection, list, { filter: "fields/DecisionKey eq '2020-10-08#4'" });
    expect(found).toHaveLength(1);
    expect(found[0]!.fields.Decision).toBe('Anden udgave');
  });

  it('refuses an update made from an old eTag, and keeps the other writer’s text', async () => {
    const list = await ensureList(connection, siteId, listName, columns);
    const item = await upsertByKey(connection, list, 'DecisionKey', {
      DecisionKey: 'konflikt#1',
      Decision: 'Oprindelig',
    });
    const read = await getListItem(connection, list, item.id);
    await updateListItem(connection, list, item.id, { Decision: 'Sekretærens tekst' }, read.eTag);
    const attempt = updateListItem(connection, list, item.id, { Decision: 'Forældet tekst' }, read.eTag);
    await expect(attempt).rejects.toBeInstanceOf(GraphFailure);
    await expect(attempt).rejects.toMatchObject({ code: 'precondition-failed', status: 412 });
    expect((await getListItem(connection, list, item.id)).fields.Decision).toBe('Sekretærens tekst');
  });

  it('reads every page of a long list', async () => {
    const list = await ensureList(connection, siteId, listName, columns);
    const rows = Array.from({ length: 250 }, (_, index) => ({
      DecisionKey: `side#${index}`,
      ItemNumber: index,
    }));
    expect(await upsertManyByKey(connection, list, 'DecisionKey', rows)).toEqual({
      created: 250,
      updated: 0,
    });
    const items = await listItems(connection, list, { filter: "fields/DecisionKey ge 'side#'", top: 100 });
    expect(new Set(items.map((item) => item.fields.DecisionKey)).size).toBe(250);
  });

  it('turns Graph errors into GraphFailure codes', async () => {
    await expect(getListItem(connection, { siteId, listId: 'findes-ikke' }, '1')).rejects.toMatchObject({
      code: 'not-found',
      status: 404,
    });
  });
});

describe('the scopes the adapter asks the token provider for', () => {
  it('asks for read scopes to read and for list write scopes only when writing, also in a $batch; no token is “unauthenticated”', async () => {
    const { startTestEmulator, tokenFor } = await import('../../dev/emulator/testing/testEmulator');
    const { SEED } = await import('../../dev/emulator/seed');
    const { createGraphClient } = await import('../../src/graph/createGraphClient');
    const emulator = await startTestEmulator();
    const asked: string[][] = [];
    const recording = createGraphClient({
      baseUrl: emulator.url,
      token: async (scopes) => (asked.push(scopes ?? []), tokenFor('secretary')),
    });
    try {
      const site = await getTeamSite(recording, SEED.teamId);
      await getChannelFilesFolder(recording, SEED.teamId, SEED.channelId);
      expect(asked.splice(0)).toEqual([['Sites.Read.All'], ['Files.Read.All']]);
      const list = await ensureList(recording, site.id, 'Scopes', columns);
      expect(asked.splice(0)).toEqual([['Sites.Read.All'], ['Sites.Manage.All']]);
      await upsertManyByKey(recording, list, 'DecisionKey', [{ DecisionKey: 'a', Decision: 'x' }]);
      expect(asked.splice(0)).toEqual([['Sites.ReadWrite.All']]);
      const refused = createGraphClient({
        baseUrl: emulator.url,
        token: async () => Promise.reject(new Error('popup_window_error')),
      });
      await expect(getTeamSite(refused, SEED.teamId)).rejects.toMatchObject({
        code: 'unauthenticated',
        message: expect.stringContaining('popup_window_error'),
      });
    } finally {
      await emulator.close();
    }
  });
});
