// What writing and publishing a referat needs from outside: the channel's folder, the Word writer and a
// reader to compare texts, and the channel's announcements. The use cases in src/app take them;
// adapters in src/graph and src/documents implement them; in-memory twins (src/app/testing) serve tests.
import type { ReferatDocument } from './referatDocument';

/** A referat file in the channel's folder, at the version (eTag) it was read. */
export interface StoredReferat {
  id: string;
  name: string;
  eTag: string;
  webUrl: string;
}

export interface ReferatFolder {
  /** The file of that name in the folder, or null. */
  find(name: string): Promise<StoredReferat | null>;
  /** A new file; 'exists' when the name is taken (the upload never replaces). */
  create(name: string, bytes: Uint8Array): Promise<StoredReferat | 'exists'>;
  /** New content for the file as it was read; 'changed' when someone saved it since (If-Match). */
  replace(file: StoredReferat, bytes: Uint8Array): Promise<StoredReferat | 'changed'>;
  read(file: StoredReferat): Promise<Uint8Array>;
}

export interface ReferatWriter {
  docx(referat: ReferatDocument): Promise<Uint8Array>;
  /** The text a document reads as, to tell the same referat from an edited one. */
  text(bytes: Uint8Array, fileName: string): Promise<string>;
}

/** The channel's announcements, found again by their subject. */
export interface Announcements {
  find(subject: string): Promise<{ id: string } | null>;
  post(subject: string, html: string): Promise<{ id: string }>;
}
