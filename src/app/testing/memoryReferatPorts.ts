// In-memory twins of the referat ports, for the use cases' tests: a folder whose files have eTags that
// change on every write, a writer whose "document" is its text, and a channel's announcements.
import type {
  Announcements,
  PinResult,
  ReferatFolder,
  ReferatWriter,
  StoredReferat,
  TabPinner,
} from '../../domain/ports';

export function memoryFolder() {
  const files = new Map<string, { file: StoredReferat; bytes: Uint8Array }>();
  let version = 0;
  const store = (name: string, bytes: Uint8Array, id = `id-${name}`) => {
    version += 1;
    const file = { id, name, eTag: `"${id},${version}"`, webUrl: `https://k.sharepoint.com/${name}` };
    files.set(name.toLowerCase(), { file, bytes });
    return file;
  };
  const folder: ReferatFolder = {
    find: async (name) => files.get(name.toLowerCase())?.file ?? null,
    create: async (name, bytes) => (files.has(name.toLowerCase()) ? 'exists' : store(name, bytes)),
    replace: async (file, bytes) => {
      const current = files.get(file.name.toLowerCase());
      if (!current || current.file.eTag !== file.eTag) return 'changed';
      return store(file.name, bytes, file.id);
    },
    read: async (file) => files.get(file.name.toLowerCase())!.bytes,
  };
  /** Someone else saves the file (in Word, say). */
  const edit = (name: string, text: string) => store(name, new TextEncoder().encode(text), `id-${name}`);
  const textOf = (name: string) => new TextDecoder().decode(files.get(name.toLowerCase())?.bytes);
  return { folder, edit, textOf, count: () => files.size };
}

/** A writer whose Word document is the referat's lines, so text comparison is exact. */
export const textWriter: ReferatWriter = {
  docx: async (referat) =>
    new TextEncoder().encode(referat.paragraphs.map((each) => each.lines.join('\n')).join('\n\n')),
  text: async (bytes) => new TextDecoder().decode(bytes),
};

export function memoryPinner() {
  const tabs = new Set<string>();
  const pinner: TabPinner = {
    async pinReferat(referat): Promise<PinResult> {
      if (tabs.has(referat.webUrl)) return 'already-pinned';
      tabs.add(referat.webUrl);
      return 'pinned';
    },
  };
  return { pinner, tabs };
}

export function memoryAnnouncements() {
  const posted: { id: string; subject: string; html: string }[] = [];
  const announcements: Announcements = {
    find: async (subject) => posted.find((each) => each.subject === subject) ?? null,
    post: async (subject, html) => {
      const message = { id: `m${posted.length + 1}`, subject, html };
      posted.push(message);
      return message;
    },
  };
  return { announcements, posted };
}
