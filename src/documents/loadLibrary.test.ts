import type { DocumentSource, LibraryDocument } from '../domain/ports';
import { loadLibrary, memoryMeetingCache } from './loadLibrary';

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
    const { entries } = await loadLibrary(source, memoryMeetingCache());
    expect(
      entries.map((entry) => [entry.document.name, 'meeting' in entry ? entry.meeting.date : entry.problem]),
    ).toEqual([
      ['referat-2020-10-08.txt', '2020-10-08'],
      ['noter.txt', 'not-a-referat'],
      ['i-stykker.pdf', 'unreadable'],
      ['væk.docx', 'unavailable'],
      ['tom.docx', 'empty'],
    ]);
  });

  it('neither downloads nor parses an unchanged document twice', async () => {
    const { source, downloads } = twin({ 'a.txt': text('01-01-2026'), 'b.txt': text('02-01-2026') });
    const cache = memoryMeetingCache();
    await loadLibrary(source, cache);
    await loadLibrary(source, cache);
    expect(downloads()).toBe(2);
    const changed = twin({ 'a.txt': text('01-01-2026') }, '"2"');
    await loadLibrary(changed.source, cache);
    expect(changed.downloads()).toBe(1);
  });
});
