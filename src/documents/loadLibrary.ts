// Every document of the library as a meeting, or with the reason it is not one. Parsed meetings are
// cached by document id and eTag: an unchanged file is neither downloaded nor parsed again.
import { failureOf } from '../domain/failure';
import type { Meeting } from '../domain/meeting';
import type { DocumentSource, LibraryDocument, MeetingCache } from '../domain/ports';
import { parseReferat } from '../domain/referat/parseReferat';
import { readDocumentText } from './readDocumentText';

export type DocumentProblem = 'not-a-referat' | 'unreadable' | 'empty' | 'unavailable';

export type LibraryEntry =
  { document: LibraryDocument; meeting: Meeting } | { document: LibraryDocument; problem: DocumentProblem };

/** The meetings (or their problems) and the attachment files of the library. */
export interface Library {
  entries: LibraryEntry[];
  attachments: LibraryDocument[];
}

/** Reads the documents a few at a time; one broken file never stops the others. */
export async function loadLibrary(
  source: DocumentSource,
  cache: MeetingCache<Meeting>,
  parallel = 3,
): Promise<Library> {
  const [documents, attachments] = await Promise.all([source.list(), source.attachments()]);
  const entries: LibraryEntry[] = new Array(documents.length);
  let next = 0;
  const worker = async () => {
    while (next < documents.length) {
      const index = next++;
      entries[index] = await loadOne(source, cache, documents[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, documents.length) }, worker));
  return { entries, attachments };
}

async function loadOne(
  source: DocumentSource,
  cache: MeetingCache<Meeting>,
  document: LibraryDocument,
): Promise<LibraryEntry> {
  const cached = await cache.get(document.id, document.eTag);
  if (cached) return { document, meeting: cached };
  let bytes: Uint8Array;
  try {
    bytes = await source.read(document);
  } catch {
    return { document, problem: 'unavailable' };
  }
  try {
    const meeting = parseReferat(await readDocumentText(bytes, document.name));
    await cache.put(document.id, document.eTag, meeting);
    return { document, meeting };
  } catch (error) {
    return {
      document,
      problem: problemOf(error),
    };
  }
}

/** A cache that lives as long as the page: the default, and the twin of the IndexedDB cache in tests. */
export function memoryMeetingCache(): MeetingCache<Meeting> & { size: () => number } {
  const store = new Map<string, Meeting>();
  return {
    get: async (id, eTag) => store.get(`${id}|${eTag}`),
    put: async (id, eTag, meeting) => void store.set(`${id}|${eTag}`, meeting),
    size: () => store.size,
  };
}

/** A 0-byte file is empty, not damaged: someone saved or uploaded nothing. */
function problemOf(error: unknown): DocumentProblem {
  const failure = failureOf(error);
  if (failure.code === 'not-a-referat') return 'not-a-referat';
  return failure.code === 'unreadable' && failure.reason === 'empty' ? 'empty' : 'unreadable';
}
