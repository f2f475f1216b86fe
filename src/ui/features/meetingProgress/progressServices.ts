// What the meeting's progress needs from the composition root: where it is shared, who the user is,
// whether the user organizes the meeting the tab is in, and how often a panel looks.
import type { Leader } from '../../../domain/meetingProgress/meetingProgress';
import type { MeetingProgressStore } from '../../../domain/meetingProgress/MeetingProgressStore';

export interface MeetingProgressServices {
  store: MeetingProgressStore;
  me: Leader;
  /** True when the signed-in user organizes the meeting whose chat the tab is in; false elsewhere. */
  isOrganizer: () => Promise<boolean>;
  pollMs: number;
}

/**
 * How often a panel reads the progress: every 3 s, so a panel follows within about 3 s plus one
 * request. 15 panels make 15 × 20 = 300 single-item reads a minute (README "The meeting itself").
 */
export const PROGRESS_POLL_MS = 3000;

declare const process: { env: Record<string, string | undefined> };

/** The poll interval; a development build takes `?progressPollMs=` (the browser tests' fast follow). */
export function progressPollMs(params: URLSearchParams): number {
  const asked = Number(params.get('progressPollMs'));
  const development = process.env.CHEFFORUM_DEVELOPMENT === 'on';
  return development && Number.isInteger(asked) && asked >= 100 ? asked : PROGRESS_POLL_MS;
}
