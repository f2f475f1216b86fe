// Every port the core and the use cases (src/app) need from the outside world, in one place:
// implemented by adapters (graph/, teams/, documents/, ui/app/) and by in-memory twins in tests (the
// twins stay beside the domain concept they serve: memoryDecisionStore, memoryChatThreads …).
import type { Decision } from './decisions/decision';
import type { FailureCode } from './failure';
import type { Owner } from './followUp/owners';
import type { MeetingProgress } from './meetingProgress/meetingProgress';
import type { ReaderWarning } from './readerWarning';
import type { Publication } from './referat/publication';
import type { ReferatDocument } from './referat/referatDocument';

// --- Documents -------------------------------------------------------------------------------

/**
 * A document's bytes → its text (.txt, .docx, .pdf); rejects with failure 'unreadable' and its reason.
 * What it has to say of the text (bytes it replaced) it tells `warn`, when given.
 */
export type DocumentTextReader = (
  bytes: Uint8Array,
  fileName: string,
  warn?: (warning: ReaderWarning) => void,
) => Promise<string>;

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

// --- Decisions -------------------------------------------------------------------------------

/** A decision as stored, with the version (eTag) it was read at. */
export interface StoredDecision {
  id: string;
  eTag: string;
  decision: Decision;
  /** Who saved this version and when (ISO), as the list tells; shown in the conflict dialog. */
  modifiedBy?: string | null;
  modifiedAt?: string | null;
}

export interface DecisionStore {
  /** Creates the list when missing; safe to call from many places at once. */
  ensure(): Promise<void>;
  /** Creates or replaces by key, whatever is stored. */
  upsert(
    decisions: readonly Decision[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ created: number; updated: number }>;
  /**
   * A backfill ("referat import", "save all"): creates the decisions whose key is not stored yet and
   * leaves every stored one exactly as it is; says which keys it created and which it left alone.
   */
  createMissing(
    decisions: readonly Decision[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ created: string[]; leftAlone: string[] }>;
  /** Stores a decision not read before; DecisionConflict when someone stored its key meanwhile. */
  create(decision: Decision): Promise<StoredDecision>;
  /** Saves an edit made to what was read; DecisionConflict when someone saved in between. */
  save(read: StoredDecision, edited: Decision): Promise<StoredDecision>;
  get(key: string): Promise<StoredDecision | null>;
  /** Decisions of meetings in [from, to], all pages read. */
  between(from: string, to: string): Promise<StoredDecision[]>;
}

/** How a pending save is sent: an edit of what was read, a new decision, or part of "save all". */
export type SaveMode = 'update' | 'create' | 'bulk';

export interface PendingSave {
  key: string;
  mode: SaveMode;
  edited: Decision;
  /** The version the edit was made from ('update' only). */
  read: StoredDecision | null;
  /** Grows with each put of the same key, so confirming an older save never drops a newer edit. */
  revision: number;
  attempts: number;
  /** Why the last try failed: a failure code, 'conflict' when it waits for the user to choose. */
  lastFailure: FailureCode | null;
  /** How long Graph asked to wait after the last failure (its Retry-After), when it said. */
  retryAfterMs?: number | null;
}

export interface DecisionOutbox {
  put(save: PendingSave): Promise<void>;
  /** Removes the save only if it is still that revision. */
  remove(key: string, revision: number): Promise<void>;
  all(): Promise<PendingSave[]>;
}

export interface Draft {
  key: string;
  draft: Decision;
  /** The version the draft was made from: its eTag guards the save, so a later change is a conflict. */
  read: StoredDecision | null;
}

export interface DraftStore {
  put(draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
  all(): Promise<Draft[]>;
}

// --- People ----------------------------------------------------------------------------------

/** The organisation's people, to name one as a decision's owner. */
export interface PersonDirectory {
  /** People whose name has words starting with the words typed, as people owners (id set); few. */
  find(text: string): Promise<Owner[]>;
}

// --- Discussion and pinning ------------------------------------------------------------------

/** A message of a thread as the discussion shows it: plain text, the author's display name. */
export interface ThreadReply {
  id: string;
  author: string | null;
  createdDateTime: string;
  text: string;
}

/** Where a point's discussion lives: one root post per point, comments as its replies. */
export interface ChatThreads {
  /** Posts the root of a new thread; `subjectText` is plain text, `bodyHtml` already escaped. */
  createRoot(subjectText: string, bodyHtml: string): Promise<{ id: string; webUrl?: string }>;
  reply(rootId: string, html: string): Promise<{ id: string }>;
  /** The thread's replies, oldest first. */
  replies(rootId: string): Promise<ThreadReply[]>;
}

/**
 * Where each point's thread is recorded, by the point's key (`{date}#{number}`, decisionKey): a place
 * of its own that every member who comments may write, not the decision list the chiefs only read.
 */
export interface PointThreadRegistry {
  /** The thread recorded for the point, or null when none is. */
  get(pointKey: string): Promise<string | null>;
  /**
   * Records `threadId` for the point unless one is recorded already (another member's, meanwhile);
   * resolves to the thread recorded, which is then the point's one thread.
   */
  claim(pointKey: string, threadId: string): Promise<string>;
}

/** The referat to pin: its meeting and its file in the library. */
export interface ReferatFile {
  meetingDate: string;
  fileName: string;
  webUrl: string;
  driveItemId?: string;
}

/** 'already-pinned' when the place already shows this referat: pinning is safe to repeat. */
export type PinResult = 'pinned' | 'already-pinned';

/** How pinning went: the tab's id (from Graph's answer, or of our tab found), and the look-alikes left alone. */
export interface PinOutcome {
  result: PinResult;
  /** The channel tab showing this referat; null in a chat (a pinned message, not a tab). */
  tabId: string | null;
  /** The tab's name (the referat's tab name, or one of its own when a look-alike holds that). */
  tabName: string | null;
  /** Names of tabs named as the referat's tab but showing something else: never taken for ours. */
  lookAlikes: string[];
}

export interface TabPinner {
  /** Pins the referat, recognising its tab by `knownTabId` (kept from an earlier pin) or by what it shows. */
  pinReferat(referat: ReferatFile, knownTabId?: string | null): Promise<PinOutcome>;
}

// --- Meeting progress ------------------------------------------------------------------------

export interface StoredProgress {
  progress: MeetingProgress;
  /** Changes with every write; a write names the version it replaces. */
  version: string;
}

/** One record of each meeting, kept with a version (`Stored` holds the record and its version). */
export interface MeetingRecordStore<Record, Stored> {
  /** The meeting's record, or null when nothing is stored yet (nobody started or published it). */
  read(meetingDate: string): Promise<Stored | null>;
  /**
   * Stores `next` if the stored version is still `replaces` (null: nothing stored yet); else rejects
   * with a failure whose code is 'precondition-failed' or 'conflict', and the caller reads again.
   */
  write(next: Record, replaces: string | null): Promise<Stored>;
}

export type MeetingProgressStore = MeetingRecordStore<MeetingProgress, StoredProgress>;

// --- Referat ---------------------------------------------------------------------------------

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

/** A root post of the channel as the announcement step needs it. */
export interface PostedMessage {
  id: string;
  /** The poster's Microsoft Entra id (from.user.id): Teams sets it, no member can post as another. */
  authorId: string | null;
  createdDateTime: string;
  /** Only to name a look-alike post: a subject is never how the app knows its own. */
  subject: string | null;
  html: string;
}

/** The channel's announcements, known again by the id Graph gave when they were posted. */
export interface Announcements {
  /** The post of that id, or null when it is gone (deleted, or not found). */
  get(id: string): Promise<PostedMessage | null>;
  /** The channel's newest root posts: one request, never a walk through the channel's history. */
  latest(): Promise<PostedMessage[]>;
  post(subject: string, html: string): Promise<{ id: string }>;
}

/** The publication record of a meeting, at the version (eTag) it was read. */
export interface StoredPublication {
  publication: Publication;
  version: string;
}

/** Where each meeting's publication record is kept (a list the app owns). */
export type PublicationStore = MeetingRecordStore<Publication, StoredPublication>;
