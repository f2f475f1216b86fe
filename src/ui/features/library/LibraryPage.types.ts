// What the library page is given by the composition root: the loader, the services each part of the
// page uses (all optional: without them the tab only reads), and where the user asked to go.
import type { Library } from '../../../app/loadLibrary';
import type { TabPinner } from '../../../domain/ports';
import type { Language, Strings } from '../../../strings/strings';
import type { DecisionServices } from '../decisions/useDecisions';
import type { DiscussionServices } from '../discussion/usePointDiscussion';
import type { MeetingProgressServices } from '../meetingProgress/progressServices';
import type { ReferatServices } from '../referat/useReferat';
import type { LoadEntries } from './useLibrary';

export interface Place {
  meeting: string | null;
  point: number | null;
  /** The archive search that led here: kept in the address, so opening a hit does not empty the box. */
  query?: string;
}

export interface LibraryPageProps {
  load: LoadEntries;
  strings: Strings;
  language: Language;
  /** Where the user asked to go (a deep link), and how to write such an address. */
  place: Place;
  href: (place: Place) => string;
  now: () => Date;
  /** Where decisions are kept; without it the tab only reads. */
  decisions?: DecisionServices;
  followUpHref?: string;
  /** Comments on points and pinning the referat, where the tab can post (Teams or the emulator). */
  discussion?: DiscussionServices;
  pinner?: { pinner: TabPinner; inChat: boolean };
  /** The meeting side panel's narrow layout. */
  compact?: boolean;
  /** The interactive sign-in ("Log ind"), when missing consent or a blocked popup stopped loading. */
  signIn?: (() => Promise<void>) | null;
  /** The meeting under way, shared by every panel of it (today's meeting only). */
  progress?: MeetingProgressServices;
  /** Writing and publishing the referat, where the tab can save files. */
  referat?: ReferatServices;
}

export interface LibraryViewProps extends LibraryPageProps {
  library: Library;
  /** False while the archive is still being read behind the meeting on screen. */
  complete: boolean;
}
