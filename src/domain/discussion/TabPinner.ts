// Pinning a meeting's referat where the forum talks: a tab in the channel, or a pinned message in a
// meeting or group chat (Graph cannot pin a channel message). The pure parts (the port is in ../ports).
import { danishLongDate } from '../danishDate';
import { escapeHtml } from '../escapeHtml';
import type { ReferatFile } from '../ports';
import { linkHtml } from './PointThreads';

/**
 * "Referat 8. oktober 2020": the tab's name (a name only: a tab is recognised by what it shows); the
 * `attempt`th alternative, "Referat 8. oktober 2020 (Chefforum)", when a look-alike holds it.
 */
export function referatTabName(meetingDate: string, attempt = 0): string {
  const name = `Referat ${danishLongDate(meetingDate)}`;
  // When another tab holds the name, ours gets a name of its own beside it.
  if (attempt === 0) return name;
  return attempt === 1 ? `${name} (Chefforum)` : `${name} (Chefforum ${attempt})`;
}

/** Teams shows PDF and Word files in a file tab of their own; anything else opens in our tab. */
export type ReferatFileKind = 'pdf' | 'word' | 'other';

export function referatFileKind(fileName: string): ReferatFileKind {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'pdf') return 'pdf';
  if (extension === 'docx') return 'word';
  return 'other';
}

/** The chat message that is pinned: the tab's name and a link to the file. */
export function referatPinHtml(referat: ReferatFile): string {
  return `<p><b>${escapeHtml(referatTabName(referat.meetingDate))}</b></p><p>${linkHtml(referat.webUrl, referat.fileName)}</p>`;
}
