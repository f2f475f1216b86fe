// The ports the core needs from the outside world, implemented by adapters (graph/, documents/, ui/)
// and by in-memory twins in tests.

/** A document in the forum's library, as the library lists it. */
export interface LibraryDocument {
  id: string;
  name: string;
  eTag: string;
  webUrl: string;
  lastModifiedDateTime: string;
}

/** Where the agendas and minutes live (the Team's SharePoint folder, in production). */
export interface DocumentSource {
  /** The agendas and minutes. */
  list(): Promise<LibraryDocument[]>;
  /** The attachment files (Bilag) kept beside them, to link points' attachments to. */
  attachments(): Promise<LibraryDocument[]>;
  read(document: LibraryDocument): Promise<Uint8Array>;
}

/** Remembers parsed results by document id and eTag, so an unchanged file is never parsed twice. */
export interface MeetingCache<T> {
  get(documentId: string, eTag: string): Promise<T | undefined>;
  put(documentId: string, eTag: string, value: T): Promise<void>;
}

/** Small values kept between visits (where the library's folder is), by key; a miss is `undefined`. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}
