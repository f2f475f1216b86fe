// The library's listing against the emulator: every folder below the channel's folder (year folders at
// any depth), files under "Bilag" as attachments, only the properties the tab needs, and few requests.
// Graph: driveitem-list-children supports $select and $top (microsoft-graph-docs-contrib
// api-reference/v1.0/api/driveitem-list-children.md); JSON batching takes up to 20 requests of any kind
// (concepts/json-batching.md). driveItem delta is not used: on SharePoint and OneDrive for Business it
// works only on a drive's root folder, not on a channel's folder (api-reference/v1.0/api/driveitem-delta.md).
import { SEED } from '../../dev/emulator/seed';
import { channelDocumentSource } from '../../src/graph/channelDocumentSource';
import type { KeyValueStore } from '../../src/domain/ports';
import { emulatorFixture } from './graphTarget';

describe('listing the library with its year folders', () => {
  const urls: string[] = [];
  const emulator = emulatorFixture({
    observe: (method, url) => urls.push(`${method} ${decodeURIComponent(url)}`),
  });
  const location = { teamId: SEED.teamId, channelId: SEED.channelId };

  const folder = (id: string, parentId: string, name: string) =>
    emulator.graph.journal.put('driveItems', id, {
      ...{ id, driveId: SEED.driveId, parentId, name, folder: true, blob: null, size: 0, mimeType: null },
      ...{
        version: 1,
        createdDateTime: '2026-01-01T00:00:00Z',
        lastModifiedDateTime: '2026-01-01T00:00:00Z',
      },
    });
  const upload = async (parentId: string, name: string) => {
    const answer = await emulator.graph.call(
      'PUT',
      `/drives/${SEED.driveId}/items/${parentId}:/${name}:/content`,
      {
        body: `REFERAT Chefforum d. 01-02-2016\nPunkt 1: CF - ${name}\nBeslutning\nGodkendt.`,
      },
    );
    expect(answer.status).toBe(201);
  };

  beforeAll(async () => {
    folder('f-referater', 'folder-generelt', 'Referater');
    folder('f-2016', 'f-referater', '2016');
    folder('f-2016-q1', 'f-2016', 'Første kvartal');
    folder('f-2024', 'folder-generelt', '2024');
    folder('f-bilag-2022', 'folder-bilag', '2022');
    await upload('f-2016-q1', 'referat-2016-02-01.txt');
    await upload('f-2024', 'referat-2024-05-02.txt');
    await upload('f-bilag-2022', 'Budgetnotat.txt');
  });

  const connection = () => emulator.connect();

  it('finds the documents at any depth and the attachments under Bilag, with $select', async () => {
    const source = channelDocumentSource(connection(), location);
    const names = (await source.list()).map((document) => document.name).sort();
    expect(names).toEqual([
      'dagsorden-2027-01-14.docx',
      'referat-2015-04-23.txt',
      'referat-2016-02-01.txt',
      'referat-2022-03-10.pdf',
      'referat-2023-06-15.pdf',
      'referat-2024-05-02.txt',
    ]);
    expect((await source.attachments()).map((file) => file.name).sort()).toEqual([
      'Budgetnotat.txt',
      'Tidsplan for høring.pdf',
      'Udkast til digitaliseringsstrategi 2022-2025.pdf',
    ]);
    const listings = urls.filter((url) => url.includes('/children'));
    expect(listings.length).toBeGreaterThan(0);
    for (const url of listings) expect(url).toMatch(/\$select=id,name,eTag/);
  });

  it('lists a known folder in one request per level (a $batch for each level of subfolders)', async () => {
    const remembered = new Map<string, unknown>();
    const remember: KeyValueStore = {
      get: async (key) => remembered.get(key),
      put: async (key, value) => void remembered.set(key, value),
    };
    await channelDocumentSource(connection(), location, remember).list();
    urls.length = 0;
    const documents = await channelDocumentSource(connection(), location, remember).list();
    expect(documents).toHaveLength(6);
    // The channel folder's children; its subfolders (Bilag, Referater, 2024); then 2016 and Bilag/2022;
    // then Første kvartal. No filesFolder request: where the folder is, was remembered.
    expect(urls.map((url) => url.split('?')[0])).toEqual([
      `GET ${emulator.graph.url}/v1.0/drives/${SEED.driveId}/items/folder-generelt/children`,
      `POST ${emulator.graph.url}/v1.0/$batch`,
      `POST ${emulator.graph.url}/v1.0/$batch`,
      `POST ${emulator.graph.url}/v1.0/$batch`,
    ]);
  });

  it('looks the folder up again when the remembered one is gone', async () => {
    const remember: KeyValueStore = {
      get: async () => ({ id: 'folder-deleted', driveId: SEED.driveId }),
      put: async () => undefined,
    };
    expect(await channelDocumentSource(connection(), location, remember).list()).toHaveLength(6);
  });
});
