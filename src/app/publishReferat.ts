// "Udgiv referat" in one action: save the file, pin it in the channel, post one announcement. The app
// knows its own tab and post by the ids Graph gave it, kept in the meeting's publication record, never
// by a name or subject a member could copy. The publish is claimed on that record with If-Match, so of
// two people publishing at once one announces and the other is told who does. Each step is safe to
// repeat: a second click, or a retry after a lost answer, pins and announces nothing twice.
import type { Meeting } from '../domain/meeting';
import type { PostWords } from '../domain/discussion/PostWords';
import { failureOf } from '../domain/failure';
import { announcementHtml } from '../domain/referat/announcement';
import { claimHeld, type Publication, type Publisher, unpublished } from '../domain/referat/publication';
import { escapeHtml } from '../domain/escapeHtml';
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
} from '../domain/ports';
import { type ReferatPlan, saveReferat } from './writeReferat';

export interface PublishPorts {
  folder: ReferatFolder;
  writer: ReferatWriter;
  pinner: TabPinner;
  announcements: Announcements;
  publications: PublicationStore;
  /** Who publishes (their Microsoft Entra id, as Teams puts it in from.user.id of their posts). */
  me: Publisher;
  /** Now, in ms since the epoch. */
  clock: () => number;
  /** A token no other publish has: tells our own claim from another's after a lost answer. */
  newToken: () => string;
  /** A deep link to a point of the meeting (it opens the tab on that point). */
  pointLink: (meetingDate: string, number: number, title: string) => string;
  postWords: PostWords;
}

export type PublishResult =
  | {
      status: 'published';
      file: StoredReferat;
      pin: PinOutcome;
      announcement: 'posted' | 'already-posted';
      /** Who announced it (another member, or this user before), and when (ISO), as the record keeps it. */
      by: Publisher;
      at: string;
      /** Others' posts with the announcement's subject among the newest, seen when announcing: left alone. */
      lookAlikePosts: number;
    }
  /** Someone else is publishing it right now: nothing was pinned or posted by this try. */
  | { status: 'publishing'; file: StoredReferat; by: Publisher }
  | { status: 'exists'; existing: StoredReferat }
  | { status: 'changed' };

/** How long before the posting mark a lost post may carry as its time (the clocks of two machines). */
const CLOCK_SKEW_MS = 60 * 1000;

export async function publishReferat(
  meeting: Meeting,
  plan: ReferatPlan,
  ports: PublishPorts,
  replace: StoredReferat | null = null,
): Promise<PublishResult> {
  const saved = await saveReferat(plan, ports, replace);
  if (saved.status === 'exists' || saved.status === 'changed') return saved;
  const { file } = saved;
  const stored = await ports.publications.read(meeting.date);
  const done = stored && (await alreadyPublished(stored.publication, file, ports));
  if (done) return done;
  const token = ports.newToken();
  const claimed = await claim(ports, meeting.date, stored, token);
  if ('busy' in claimed) return { status: 'publishing', file, by: claimed.busy };
  const record = new RecordUnderClaim(ports.publications, claimed.held);
  try {
    return await publishUnderClaim(meeting, plan.document.name, file, ports, record);
  } catch (error) {
    await record.release(); // another member need not wait for the lease; the ids kept stay
    throw error;
  }
}

/** The fast path of a repeated click: the kept tab and post are both there, so nothing is claimed. */
async function alreadyPublished(
  record: Publication,
  file: StoredReferat,
  ports: PublishPorts,
): Promise<PublishResult | null> {
  if (!record.published || !record.messageId || !record.tabId || claimHeld(record, ports.clock()))
    return null;
  const pin = await ports.pinner.pinReferat(pinned(record.meetingDate, file), record.tabId);
  if (pin.result !== 'already-pinned' || pin.tabId !== record.tabId) return null;
  if (!linksFile(await ports.announcements.get(record.messageId), file)) return null;
  const { by, at } = record.published;
  return { status: 'published', file, pin, announcement: 'already-posted', by, at, lookAlikePosts: 0 };
}

/** Whether a post links this very file, as the announcement does (a kept id is checked, not trusted). */
function linksFile(post: PostedMessage | null, file: StoredReferat): post is PostedMessage {
  return post !== null && post.html.includes(`href="${escapeHtml(file.webUrl)}"`);
}

const pinned = (meetingDate: string, file: StoredReferat) => ({
  meetingDate,
  fileName: file.name,
  webUrl: file.webUrl,
  driveItemId: file.id,
});

/** Takes the claim with If-Match (or a create that the list's unique date refuses to a second one). */
async function claim(
  ports: PublishPorts,
  meetingDate: string,
  read: StoredPublication | null,
  token: string,
): Promise<{ held: StoredPublication } | { busy: Publisher }> {
  let stored = read;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const record = stored?.publication ?? unpublished(meetingDate);
    if (record.claim && record.claim.token !== token && claimHeld(record, ports.clock()))
      return { busy: record.claim.by };
    const at = new Date(ports.clock()).toISOString();
    try {
      const next = { ...record, claim: { token, by: ports.me, at } };
      return { held: await ports.publications.write(next, stored?.version ?? null) };
    } catch (error) {
      const { code } = failureOf(error);
      if (code !== 'precondition-failed' && code !== 'conflict') throw error;
      stored = await ports.publications.read(meetingDate); // someone wrote first; or our answer was lost
      if (stored?.publication.claim?.token === token) return { held: stored };
    }
  }
  const holder = stored?.publication.claim?.by;
  if (holder) return { busy: holder };
  throw new Error(`The publication record of ${meetingDate} kept changing.`);
}

/** The record as this claim holds it: every write names the version the last one gave (If-Match). */
class RecordUnderClaim {
  constructor(
    private readonly store: PublicationStore,
    private stored: StoredPublication,
  ) {}

  get now(): Publication {
    return this.stored.publication;
  }

  async update(change: Partial<Publication>): Promise<void> {
    this.stored = await this.store.write({ ...this.stored.publication, ...change }, this.stored.version);
  }

  async release(): Promise<void> {
    // If this fails too (the connection is gone), the claim's lease lets the next try in.
    await this.update({ claim: null }).catch(() => undefined);
  }
}

async function publishUnderClaim(
  meeting: Meeting,
  referatName: string,
  file: StoredReferat,
  ports: PublishPorts,
  record: RecordUnderClaim,
): Promise<PublishResult> {
  const pin = await ports.pinner.pinReferat(pinned(meeting.date, file), record.now.tabId);
  if (pin.tabId !== record.now.tabId) await record.update({ tabId: pin.tabId });
  const subject = ports.postWords.announcementSubject(referatName);
  const kept = await keptAnnouncement(record.now, file, ports);
  let messageId = kept?.id ?? null;
  let lookAlikePosts = 0;
  if (!messageId) {
    // Posts that merely carry the subject are not ours (the author or the link tells): named, left alone.
    const newest = kept?.newest ?? (await ports.announcements.latest());
    lookAlikePosts = newest.filter((post) => post.subject === subject).length;
    await record.update({ posting: { by: ports.me, at: new Date(ports.clock()).toISOString() } });
    const html = announcementHtml(
      meeting,
      file,
      (number, title) => ports.pointLink(meeting.date, number, title),
      ports.postWords,
    );
    messageId = (await ports.announcements.post(subject, html)).id;
  }
  const published = record.now.published ?? { by: ports.me, at: new Date(ports.clock()).toISOString() };
  await record.update({ messageId, posting: null, claim: null, published });
  const announcement = kept?.id ? 'already-posted' : 'posted';
  const { by, at } = published;
  return { status: 'published', file, pin, announcement, by, at, lookAlikePosts };
}

/**
 * The announcement already posted: the kept id if that post is still there and links this file; else,
 * when a post was sent and its answer lost, the poster's own post linking this file since the mark,
 * among the newest posts (which are handed on, so the channel is listed once at most).
 */
async function keptAnnouncement(
  record: Publication,
  file: StoredReferat,
  ports: PublishPorts,
): Promise<{ id: string | null; newest?: PostedMessage[] } | null> {
  if (record.messageId && linksFile(await ports.announcements.get(record.messageId), file))
    return { id: record.messageId };
  const { posting } = record;
  if (!posting || posting.by.id === '') return null;
  const since = Date.parse(posting.at) - CLOCK_SKEW_MS;
  const newest = await ports.announcements.latest();
  const lost = newest.find(
    (post) =>
      post.authorId === posting.by.id && Date.parse(post.createdDateTime) >= since && linksFile(post, file),
  );
  return { id: lost?.id ?? null, newest };
}
