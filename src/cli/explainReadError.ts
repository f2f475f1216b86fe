// Why a document could not be read, in English for the command line.
import { UnreadableDocumentError } from '../documents/UnreadableDocumentError';
import { NotAReferatError } from '../domain/referat/NotAReferatError';

/** Why a file could not be read, without its path: the caller prints that once, in front. */
export function explain(error: unknown): string {
  if (error instanceof NotAReferatError)
    return 'not a Chefforum agenda or minutes (no header and no "Punkt N:" lines)';
  if (error instanceof UnreadableDocumentError) return error.explanation;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}
