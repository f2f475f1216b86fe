// How large a document the readers take on. A referat is some pages of text: the corpus's largest Word
// file unpacks to about 100 KB and its largest PDF is well under 1 MB. The limits leave room for
// pictures and long archives many times over, and stop a file built to exhaust memory ("zip bomb": a
// few MB that unpack to gigabytes) before it costs more than a few seconds and a few MB.

/** The most bytes a document file may have, whatever its format. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** The most bytes a Word file may unpack to, all its parts together, counted as they are inflated. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** The most parts (zip entries) a Word file may have; a real one has a few dozen. */
export const MAX_ZIP_ENTRIES = 2000;
