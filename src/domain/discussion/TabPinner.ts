// Pinning a meeting's referat where the forum talks: a tab in the channel, or a pinned message in a
// meeting or group chat (Graph cannot pin a channel message). The pure parts (the port is in ../ports).
import { danishLongDate } from '../danishDate';
import { escapeHtml } from '../escapeHtml';
import type { ReferatFile } from '../ports';
import { linkHtml } from './PointThreads';

export type { PinResult, ReferatFile, TabPinner } from '../ports';

/** "Referat 8. oktober 2020": the tab's name, also how an existing pin is recognised. */
export function referatTabName(meetingDate: string): string {
  return `Referat ${danishLongDate(meetingDate)}`;
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
