// The library read in the order people need it: the listing (names and dates only) decides which
// document is the current meeting; that one is read first and handed over at once; the rest follow a
// few at a time, newest first, each handed over as it arrives. Parsed meetings and their search index
// are cached by document id and eTag: an unchanged file is neither downloaded nor parsed again.
import { type IndexedMeeting } from '../domain/library/archiveSearch';
import { readingOrder } from '../domain/library/readingOrder';
import { indexMeeting } from '../domain/library/searchIndex';
import { type Failure, failureOf, type UnreadableReason } from '../domain/failure';
import type {
  DocumentSource,
  DocumentTextReader,
  KeyValueStore,
  LibraryDocument,
  MeetingCache,
} from '../domain/ports';
import { readMeeting } from './readMeeting';

export type DocumentProblem = 'not-a-referat' | 'unreadable' | 'empty' | 'unavailable';

/** What the cache keeps of a document: its meeting and index, or why it is no meeting (so a broken
 * file is not downloaded again until it changes). */
export type CachedDocument =
  IndexedMeeting | { problem: 'not-a-referat' | 'unreadable' | 'empty'; reason?: UnreadableReason };

export type LibraryEntry =
  | ({ document: LibraryDocument } & IndexedMeeting)
  | { document: LibraryDocument; problem: DocumentProblem; reason?: UnreadableReason };

/** The meetings (or their problems) read so far, the attachment files, and how far reading has come. */
export interface Library {
  entries: LibraryEntry[];
  attachments: LibraryDocument[];
  /** Documents in the library, and how many of them are read (a meeting or a problem). */
  total: number;
  read: number;
  /**
   * Set when the library could not be listed (no connection, Microsoft 365 down) and what is shown is the
   * last listing that worked, from that moment (ISO), each document as it was cached then.
   */
  savedAt?: string;
  /** Why the library could not be listed, when `savedAt` is set. */
  offlineBecause?: Failure;
}

/** Turns a document's bytes into a meeting with its index, or the failure (in a Web Worker in the browser). */
export type ParseDocument = (
  bytes: Uint8Array,
  name: string,
) => Promise<IndexedMeeting | { failure: Failure }>;

/** Parsing on this thread, the document's text read by `reader`. */
export function parseWith(reader: DocumentTextReader): ParseDocument {
  return async (bytes, name) => {
    const read = await readMeeting(bytes, name, reader);
    return 'meeting' in read
      ? { meeting: read.meeting, index: indexMeeting(read.meeting) }
      : { failure: read.failure };
  };
}

export interface ReadOptions {
  /** Today (ISO), to tell the current meeting from the names. */
  today: string;
  /** The meeting a link asks for (ISO date), read first instead of the current one. */
  wanted?: string | null;
  /** Called with the library each time it grows: after the listing, the first document, each next one. */
  onUpdate?: (library: Library) => void;
  parallel?: number;
  parse: ParseDocument;
  /** Stops reading further documents (the page was left); what is read stays cached. */
  cancelled?: () => boolean;
  /** Waited for after the first document is handed over (the page draws it before the archive competes). */
  afterFirst?: () => Promise<void>;
  /**
   * Where the last listing that worked is kept (under a key naming this library), and the clock that
   * stamps it: the copy shown when the library cannot be reached.
   */
  saved?: { store: KeyValueStore; key: string; now: () => Date };
}

/** The listing kept for a visit that cannot reach the library. */
interface SavedListing {
  at: string;
  documents: LibraryDocument[];
  attachments: LibraryDocument[];
}

/** Failures that mean "the library cannot be reached now", when a saved copy is better than nothing. */
const UNREACHABLE: ReadonlySet<string> = new Set(['network', 'unavailable', 'throttled']);

/**
 * The library's documents: listed now (and the listing kept), or, when the library cannot be reached,
 * the last listing that worked, stamped with its time; any other failure is the caller's.
 */
async function listDocuments(
  source: DocumentSource,
  saved: ReadOptions['saved'],
): Promise<SavedListing & { offline?: Failure }> {
  try {
    const [documents, attachments] = await Promise.all([source.list(), source.attachments()]);
    const listing = { at: (saved?.now() ?? new Date()).toISOString(), documents, attachments };
    await saved?.store.put(saved.key, listing);
    return listing;
  } catch (error) {
    const failure = failureOf(error);
    const kept = (await saved?.store.get(saved.key)) as SavedListing | undefined;
    if (!UNREACHABLE.has(failure.code) || !kept?.documents) throw error;
    return { ...kept, offline: failure };
  }
}

/** Reads the whole library; one broken file never stops the others. Resolves when all are read. */
export async function loadLibrary(
  source: DocumentSource,
  cache: MeetingCache<CachedDocument>,
  options: ReadOptions,
): Promise<Library> {
  const { parallel = 3, cancelled = () => false } = options;
  const listing = await listDocuments(source, options.saved);
  const documents = readingOrder(listing.documents, options.today, options.wanted ?? null);
  const library: Library = {
    entries: [],
    attachments: listing.attachments,
    total: documents.length,
    read: 0,
    ...(listing.offline ? { savedAt: listing.at, offlineBecause: listing.offline } : {}),
  };
  // Offline, a document is what the cache kept of it; nothing is downloaded.
  const parse: ParseDocument | null = listing.offline ? null : options.parse;
  const add = (entry: LibraryEntry) => {
    library.entries = [...library.entries, entry];
    library.read = library.entries.length;
    options.onUpdate?.({ ...library });
  };
  options.onUpdate?.({ ...library });
  if (documents.length === 0) return library;
  add(await loadOne(source, cache, documents[0]!, parse)); // the current meeting, alone: nothing competes
  await options.afterFirst?.();
  let next = 1;
  const worker = async () => {
    while (next < documents.length && !cancelled())
      add(await loadOne(source, cache, documents[next++]!, parse));
  };
  await Promise.all(Array.from({ length: Math.min(parallel, documents.length - 1) }, worker));
  return library;
}

async function loadOne(
  source: DocumentSource,
  cache: MeetingCache<CachedDocument>,
  document: LibraryDocument,
  parse: ParseDocument | null,
): Promise<LibraryEntry> {
  const cached = await cache.get(document.id, document.eTag);
  if (cached && 'problem' in cached) return { document, ...cached };
  if (cached?.meeting && cached.index) return { document, ...cached };
  if (!parse) return { document, problem: 'unavailable' }; // offline: only what the cache holds
  let bytes: Uint8Array;
  try {
    bytes = await source.read(document);
  } catch {
    return { document, problem: 'unavailable' };
  }
  // A parser that breaks (a worker that died) fails this document only, never the library.
  const parsed = await parse(bytes, document.name).catch((cause: unknown) => ({ failure: failureOf(cause) }));
  const kept: CachedDocument = 'failure' in parsed ? problemOf(parsed.failure) : parsed;
  await cache.put(document.id, document.eTag, kept);
  return { document, ...kept };
}

/** A cache that lives as long as the page: the default, and the twin of the IndexedDB cache in tests. */
export function memoryMeetingCache(): MeetingCache<CachedDocument> & { size: () => number } {
  const store = new Map<string, CachedDocument>();
  return {
    get: async (id, eTag) => store.get(`${id}|${eTag}`),
    put: async (id, eTag, meeting) => void store.set(`${id}|${eTag}`, meeting),
    size: () => store.size,
  };
}

/** Why a document is no meeting, as the cache keeps it. A 0-byte file is empty, not damaged: someone
 * saved or uploaded nothing. */
function problemOf(failure: Failure): Extract<CachedDocument, { problem: unknown }> {
  if (failure.code === 'not-a-referat') return { problem: 'not-a-referat' };
  if (failure.code !== 'unreadable') return { problem: 'unreadable' };
  return failure.reason === 'empty'
    ? { problem: 'empty', reason: 'empty' }
    : { problem: 'unreadable', reason: failure.reason };
}
