// "Udarbejd referat": what will be written (the file name, the points still without a decision, whether
// a referat of the meeting is there already), and saving it as a new file that never overwrites one;
// an existing referat is replaced only as the user saw it (If-Match on its eTag).
import type { Decision } from '../domain/decisions/decision';
import type { Meeting } from '../domain/meeting';
import { type ReferatDocument, referatDocument } from '../domain/referat/referatDocument';
import type { ReferatFolder, ReferatWriter, StoredReferat } from '../domain/ports';

export interface ReferatPlan {
  document: ReferatDocument;
  fileName: string;
  undecided: number[];
  /** A referat of this meeting already in the folder: saving must be confirmed as replacing it. */
  existing: StoredReferat | null;
}

export type SaveResult =
  | { status: 'saved'; file: StoredReferat; replaced: boolean }
  /** The folder holds this very referat already (a second click, or a retry after a lost answer). */
  | { status: 'unchanged'; file: StoredReferat }
  /** Another referat of the meeting is there: the user decides whether to replace it. */
  | { status: 'exists'; existing: StoredReferat }
  /** The referat to replace was changed since the user saw it: nothing was overwritten. */
  | { status: 'changed' };

export async function planReferat(
  meeting: Meeting,
  decisions: readonly Decision[],
  folder: ReferatFolder,
): Promise<ReferatPlan> {
  const document = referatDocument(meeting, decisions);
  const fileName = `${document.name}.docx`;
  return { document, fileName, undecided: document.undecided, existing: await folder.find(fileName) };
}

/**
 * Saves the referat as a new file, or, with `replace` (the existing file as the user confirmed it),
 * over that version only.
 */
export async function saveReferat(
  plan: ReferatPlan,
  ports: { folder: ReferatFolder; writer: ReferatWriter },
  replace: StoredReferat | null = null,
): Promise<SaveResult> {
  const bytes = await ports.writer.docx(plan.document);
  if (replace) {
    const replaced = await ports.folder.replace(replace, bytes);
    if (replaced !== 'changed') return { status: 'saved', file: replaced, replaced: true };
    // Our own replace whose answer was lost (a 504 after the upload, resent with If-Match → 412) also
    // changed the eTag: when the file holds what we sent, that "conflict" is our replace, done.
    const current = await ports.folder.find(plan.fileName);
    const ours = current !== null && (await sameText(ports, current, bytes, plan.fileName));
    return ours ? { status: 'saved', file: current, replaced: true } : { status: 'changed' };
  }
  const created = await ports.folder.create(plan.fileName, bytes);
  if (created !== 'exists') return { status: 'saved', file: created, replaced: false };
  const existing = await ports.folder.find(plan.fileName);
  if (!existing) return saveReferat(plan, ports); // deleted in between: try once more as new
  const same = await sameText(ports, existing, bytes, plan.fileName);
  return same ? { status: 'unchanged', file: existing } : { status: 'exists', existing };
}

async function sameText(
  ports: { folder: ReferatFolder; writer: ReferatWriter },
  existing: StoredReferat,
  bytes: Uint8Array,
  fileName: string,
): Promise<boolean> {
  const read = await ports.folder.read(existing);
  // A file that no longer reads as a document (someone saved something else) is not our referat.
  const theirs = await ports.writer.text(read, fileName).catch(() => null);
  return theirs !== null && theirs === (await ports.writer.text(bytes, fileName));
}
