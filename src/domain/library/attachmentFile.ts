// A point's attachment ("Bilag: Tidsplan for høring") matched to a file in the library by its name.
import type { LibraryDocument } from '../ports';
import { foldForSearch } from './searchText';

const withoutExtension = (name: string) => name.replace(/\.[a-z0-9]{2,5}$/i, '');

/** The file named like the attachment (case, spacing and extension aside), or null. */
export function attachmentFile(
  attachment: string,
  files: readonly LibraryDocument[],
): LibraryDocument | null {
  const wanted = foldForSearch(attachment.trim());
  if (wanted === '') return null;
  return files.find((file) => foldForSearch(withoutExtension(file.name)) === wanted) ?? null;
}
