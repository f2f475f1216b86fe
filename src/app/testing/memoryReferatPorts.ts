// In-memory twins of the referat ports, for the use cases' tests: a folder whose files have eTags that
// change on every write, a writer whose "document" is its text, and a channel's announcements.
import { FailureError } from '../../domain/failure';
import type {
  Announcements,
  PinOutcome,
  PostedMessage,
  PublicationStore,
  ReferatFolder,
  ReferatWriter,
  StoredPublication,
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

/** Channel tabs by id, each showing one file: a tab is ours when it shows the referat's file. */
export function memoryPinner() {
  const tabs = new Map<string, string>();
  const pinner: TabPinner = {
    async pinReferat(referat, knownTabId): Promise<PinOutcome> {
      const ours = [...tabs].find(
        ([id, url]) => url === referat.webUrl && (!knownTabId || id === knownTabId),
      );
      if (ours) return { result: 'already-pinned', tabId: ours[0], tabName: 'Referat', lookAlikes: [] };
      const tabId = `t${tabs.size + 1}`;
      tabs.set(tabId, referat.webUrl);
      return { result: 'pinned', tabId, tabName: 'Referat', lookAlikes: [] };
    },
  };
  return { pinner, tabs };
}

/** A channel whose posts are by `author`, newest first, with the subjects kept for the tests to read. */
export function memoryAnnouncements(author = 'u-secretary', clock = () => Date.now()) {
  const posted: (PostedMessage & { subject: string })[] = [];
  const announcements: Announcements = {
    get: async (id) => posted.find((each) => each.id === id) ?? null,
    latest: async () => [...posted].reverse().slice(0, 50),
    post: async (subject, html) => {
      const message = {
        id: `m${posted.length + 1}`,
        subject,
        html,
        authorId: author,
        createdDateTime: new Date(clock()).toISOString(),
      };
      posted.push(message);
      return message;
    },
  };
  return { announcements, posted };
}

/** The publication records, with versions that change on every write, refused as Graph's 412 is. */
export function memoryPublications() {
  const stored = new Map<string, StoredPublication>();
  let versions = 0;
  const publications: PublicationStore = {
    read: async (meetingDate) => structuredClone(stored.get(meetingDate) ?? null),
    write: async (next, replaces) => {
      const now = stored.get(next.meetingDate) ?? null;
      if ((now?.version ?? null) !== replaces)
        throw new FailureError({ code: now && replaces ? 'precondition-failed' : 'conflict' }, 'changed');
      versions += 1;
      const written = { publication: structuredClone(next), version: String(versions) };
      stored.set(next.meetingDate, written);
      return structuredClone(written);
    },
  };
  return { publications, stored };
}
