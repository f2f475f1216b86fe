// The library's cache on IndexedDB (fake-indexeddb stands in for the browser's): a second visit, in a new
// instance as after a reload, reads every unchanged document from it (no download, broken ones
// included), the folder's place is remembered, and an older database is replaced: version 1's bare
// meetings, version 2's meetings parsed before closed points failed closed (issue #20), and version 3's
// parsed before the approving point carried the referat it approves (issue #21).
import 'fake-indexeddb/auto';
import { loadLibrary, memoryMeetingCache, parseWith } from '../../app/loadLibrary';
import { readDocumentText } from '../../documents/readDocumentText';
import type { DocumentSource, LibraryDocument } from '../../domain/ports';
import { indexedDbMeetingCache } from './indexedDbMeetingCache';

const today = '2026-12-02';
const files: Record<string, string> = {
  'referat-2016-03-03.txt':
    'REFERAT Chefforum d. 03-03-2016\nPunkt 1: CF - Godkendelse af dagsorden og referat\nIndstilling\n' +
    '1. at Chefforum godkender referatet fra mødet den 4. februar 2016\nBeslutning\nGodkendt.',
  'dagsorden-2027-01-14.txt':
    'DAGSORDEN Chefforum d. 14-01-2027\nPunkt 1: CF - Budget\nSagsfremstilling\nTekst.',
  'kage.pdf': '%PDF-1.7 broken',
};

function source(): DocumentSource & { downloads: () => number } {
  let downloads = 0;
  const documents: LibraryDocument[] = Object.keys(files).map((name) => ({
    id: name,
    name,
    eTag: '"1"',
    webUrl: `https://x/${name}`,
    lastModifiedDateTime: '2026-01-01T00:00:00Z',
  }));
  return {
    list: async () => documents,
    attachments: async () => [],
    read: async (document) => {
      downloads += 1;
      return new TextEncoder().encode(files[document.name]);
    },
    downloads: () => downloads,
  };
}

const outcome = (entries: Awaited<ReturnType<typeof loadLibrary>>['entries']) =>
  entries.map((entry) => [
    entry.document.name,
    'meeting' in entry ? entry.index.points.length : entry.problem,
  ]);

describe('the library cache in IndexedDB', () => {
  beforeAll(async () => {
    // What version 3 kept of a referat, as an older parser read it: no `approves` on the approving point
    // (and, as version 2 could, a closed point's text shown).
    const parsed = memoryMeetingCache();
    await loadLibrary(source(), parsed, { today, parse: parseWith(readDocumentText) });
    const older = structuredClone(await parsed.get('referat-2016-03-03.txt', '"1"'));
    if (!older || !('meeting' in older)) throw new Error('the referat was not parsed');
    older.meeting.items[0]!.decision = 'LÆKKET personalesag';
    delete older.meeting.items[0]!.approves;
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('chefforum', 3);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('meetings').put(older, 'referat-2016-03-03.txt|"1"');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
  });

  it('serves a second visit without a download, with its search index, and remembers the folder', async () => {
    const first = source();
    const cold = await loadLibrary(first, indexedDbMeetingCache(), {
      today,
      parse: parseWith(readDocumentText),
    });
    expect(first.downloads()).toBe(3); // the version 3 record is not taken for a meeting
    expect(JSON.stringify(cold.entries)).not.toContain('LÆKKET');
    const referat = cold.entries.find((entry) => entry.document.name === 'referat-2016-03-03.txt');
    expect(referat && 'meeting' in referat && referat.meeting.items[0]!.approves).toEqual({
      referatOf: '2016-02-04',
    });
    const second = source();
    const cache = indexedDbMeetingCache();
    const warm = await loadLibrary(second, cache, { today, parse: parseWith(readDocumentText) });
    expect(second.downloads()).toBe(0);
    expect(outcome(warm.entries)).toEqual(outcome(cold.entries));
    expect(outcome(warm.entries)).toContainEqual(['kage.pdf', 'unreadable']);
    await cache.remembered.put('folder|t|c|', { id: 'f', driveId: 'd' });
    expect(await indexedDbMeetingCache().remembered.get('folder|t|c|')).toEqual({ id: 'f', driveId: 'd' });
  });
});
