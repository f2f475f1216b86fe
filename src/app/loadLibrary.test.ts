import { readDocumentText } from '../documents/readDocumentText';
import { type Failure, FailureError } from '../domain/failure';
import type { DocumentSource, LibraryDocument } from '../domain/ports';
import { loadLibrary, memoryMeetingCache, parseWith } from './loadLibrary';

// The real document reader, as the composition root wires it.
const parse = parseWith(readDocumentText);

const today = '2026-12-02';
const text = (date: string) => `REFERAT Chefforum d. ${date}\nPunkt 1: CF - Evt.\nBeslutning\nIntet.`;

/** An in-memory library that counts its downloads. */
function twin(files: Record<string, string | Uint8Array | Error>, eTag = '"1"') {
  let downloads = 0;
  const documents: LibraryDocument[] = Object.keys(files).map((name) => ({
    id: name,
    name,
    eTag,
    webUrl: `https://x/${name}`,
    lastModifiedDateTime: '2026-01-01T00:00:00Z',
  }));
  const source: DocumentSource = {
    list: async () => documents,
    attachments: async () => [],
    read: async (document) => {
      downloads += 1;
      const content = files[document.name]!;
      if (content instanceof Error) throw content;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
  return { source, downloads: () => downloads };
}

describe('loading the library', () => {
  it('reads every document, and tells which could not be read and why, without stopping', async () => {
    const { source } = twin({
      'referat-2020-10-08.txt': text('08-10-2020'),
      'noter.txt': 'Husk kage til fredag.',
      'i-stykker.pdf': new TextEncoder().encode('%PDF-1.7 broken'),
      'væk.docx': new Error('network'),
      'tom.docx': new Uint8Array(0), // 0 bytes: empty, not damaged
    });
    const { entries } = await loadLibrary(source, memoryMeetingCache(), { today, parse });
    expect(
      entries.flatMap((entry) => ('reason' in entry ? [[entry.document.name, entry.reason]] : [])).sort(),
    ).toEqual([
      ['i-stykker.pdf', 'corrupt-pdf'],
      ['tom.docx', 'empty'],
    ]);
    expect(
      new Map(
        entries.map((entry) => [
          entry.document.name,
          'meeting' in entry ? entry.meeting.date : entry.problem,
        ]),
      ),
    ).toEqual(
      new Map([
        ['referat-2020-10-08.txt', '2020-10-08'],
        ['noter.txt', 'not-a-referat'],
        ['i-stykker.pdf', 'unreadable'],
        ['væk.docx', 'unavailable'],
        ['tom.docx', 'empty'],
      ]),
    );
  });

  it('names a document whose parser broke (a dead worker) as unreadable and reads the others', async () => {
    const { source } = twin({ 'referat-2020-10-08.txt': text('08-10-2020'), 'b.txt': text('09-10-2020') });
    const breaking: typeof parse = async (bytes, name) =>
      name === 'b.txt' ? Promise.reject(new Error('worker died')) : parse(bytes, name);
    const { entries } = await loadLibrary(source, memoryMeetingCache(), { today, parse: breaking });
    expect(entries.map((entry) => ('meeting' in entry ? entry.meeting.date : entry.problem)).sort()).toEqual([
      '2020-10-08',
      'unreadable',
    ]);
  });

  it('neither downloads nor parses an unchanged document twice', async () => {
    const { source, downloads } = twin({ 'a.txt': text('01-01-2026'), 'b.txt': text('02-01-2026') });
    const cache = memoryMeetingCache();
    await loadLibrary(source, cache, { today, parse });
    await loadLibrary(source, cache, { today, parse });
    expect(downloads()).toBe(2);
    const broken = twin({ 'c.pdf': new TextEncoder().encode('%PDF-1.7 broken') });
    await loadLibrary(broken.source, cache, { today, parse });
    const { entries } = await loadLibrary(broken.source, cache, { today, parse });
    expect(entries).toMatchObject([{ document: { name: 'c.pdf' }, problem: 'unreadable' }]);
    expect(broken.downloads()).toBe(1); // a broken file is not fetched again until it changes
    const changed = twin({ 'a.txt': text('01-01-2026') }, '"2"');
    await loadLibrary(changed.source, cache, { today, parse });
    expect(changed.downloads()).toBe(1);
  });
});

describe('the current meeting first, the archive behind it', () => {
  const files = {
    'referat-2016-03-10.txt': text('10-03-2016'),
    'Referater 2020/referat-2020-10-08.txt': text('08-10-2020'),
    'dagsorden-2027-01-14.txt': text('14-01-2027'),
    'referat-2026-11-12.txt': text('12-11-2026'),
    'i-stykker.pdf': new TextEncoder().encode('%PDF-1.7 broken'),
  };

  it('hands over the meeting the names call current after exactly one download, then the rest newest first', async () => {
    const { source, downloads } = twin(files);
    const seen: { read: number; total: number; downloads: number; dates: string[] }[] = [];
    const library = await loadLibrary(source, memoryMeetingCache(), {
      today,
      parse,
      parallel: 1,
      onUpdate: (snapshot) =>
        seen.push({
          read: snapshot.read,
          total: snapshot.total,
          downloads: downloads(),
          dates: snapshot.entries.flatMap((entry) => ('meeting' in entry ? [entry.meeting.date] : [])),
        }),
    });
    expect(seen[0]).toEqual({ read: 0, total: 5, downloads: 0, dates: [] });
    expect(seen[1]).toEqual({ read: 1, total: 5, downloads: 1, dates: ['2027-01-14'] });
    expect(seen.at(-1)!.dates).toEqual(['2027-01-14', '2026-11-12', '2020-10-08', '2016-03-10']);
    // The broken file is named among the entries with its reason, after the dated ones, and blocked nothing.
    expect(library.entries.at(-1)).toMatchObject({
      document: { name: 'i-stykker.pdf' },
      problem: 'unreadable',
    });
    expect(library.read).toBe(5);
  });

  it('reads the meeting a link asks for first instead', async () => {
    const { source } = twin(files);
    const firsts: string[] = [];
    await loadLibrary(source, memoryMeetingCache(), {
      today,
      parse,
      wanted: '2016-03-10',
      onUpdate: (snapshot) => {
        const first = snapshot.entries[0];
        if (snapshot.read === 1 && first && 'meeting' in first) firsts.push(first.meeting.date);
      },
    });
    expect(firsts).toEqual(['2016-03-10']);
  });

  it('stops reading further documents when the page is left', async () => {
    const { source, downloads } = twin(files);
    let left = false;
    await loadLibrary(source, memoryMeetingCache(), {
      today,
      parse,
      onUpdate: (snapshot) => void (left = snapshot.read >= 1),
      cancelled: () => left,
    });
    expect(downloads()).toBe(1);
  });
});

describe('when the library cannot be reached', () => {
  const files = {
    'referat-2026-11-12.txt': text('12-11-2026'),
    'referat-2020-10-08.txt': text('08-10-2020'),
  };
  const keyValues = () => {
    const values = new Map<string, unknown>();
    return {
      get: async (key: string) => values.get(key),
      put: async (key: string, value: unknown) => void values.set(key, value),
    };
  };
  const failures: Record<'network' | 'unavailable' | 'forbidden', Failure> = {
    network: { code: 'network' },
    unavailable: { code: 'unavailable', retryAfterMs: null },
    forbidden: { code: 'forbidden', missingPermission: null },
  };
  const unreachable = (code: keyof typeof failures) => new FailureError(failures[code], `list: ${code}`);

  it('shows the last copy that was read, stamped with when, and downloads nothing', async () => {
    const { source, downloads } = twin(files);
    const cache = memoryMeetingCache();
    const store = keyValues();
    const saved = { store, key: 'listing', now: () => new Date('2026-12-01T09:42:00Z') };
    await loadLibrary(source, cache, { today, parse, saved });
    const before = downloads();
    const offline: DocumentSource = { ...source, list: () => Promise.reject(unreachable('network')) };
    const library = await loadLibrary(offline, cache, {
      today,
      parse,
      saved: { store, key: 'listing', now: () => new Date() },
    });
    expect(library).toMatchObject({
      savedAt: '2026-12-01T09:42:00.000Z',
      offlineBecause: { code: 'network' },
    });
    expect(library.entries.flatMap((entry) => ('meeting' in entry ? [entry.meeting.date] : []))).toEqual([
      '2026-11-12',
      '2020-10-08',
    ]);
    expect(downloads()).toBe(before);
  });

  it('lists a document the cache never held as unavailable, and fails as before without a saved copy', async () => {
    const { source } = twin(files);
    const store = keyValues();
    await store.put('listing', {
      at: '2026-12-01T09:42:00.000Z',
      documents: [...(await source.list())],
      attachments: [],
    });
    const offline: DocumentSource = { ...source, list: () => Promise.reject(unreachable('unavailable')) };
    const library = await loadLibrary(offline, memoryMeetingCache(), {
      today,
      parse,
      saved: { store, key: 'listing', now: () => new Date() },
    });
    expect(library.entries.map((entry) => ('problem' in entry ? entry.problem : 'meeting'))).toEqual([
      'unavailable',
      'unavailable',
    ]);
    await expect(
      loadLibrary(offline, memoryMeetingCache(), {
        today,
        parse,
        saved: { store: keyValues(), key: 'listing', now: () => new Date() },
      }),
    ).rejects.toMatchObject({ failure: { code: 'unavailable' } });
  });

  it('does not hide a refusal behind a saved copy', async () => {
    const { source } = twin(files);
    const store = keyValues();
    await loadLibrary(source, memoryMeetingCache(), {
      today,
      parse,
      saved: { store, key: 'listing', now: () => new Date() },
    });
    const refused: DocumentSource = { ...source, list: () => Promise.reject(unreachable('forbidden')) };
    await expect(
      loadLibrary(refused, memoryMeetingCache(), {
        today,
        parse,
        saved: { store, key: 'listing', now: () => new Date() },
      }),
    ).rejects.toMatchObject({ failure: { code: 'forbidden' } });
  });
});
