// What the meeting's progress needs from the composition root: where it is shared, who the user is,
// where the user stands towards leading it, and how often a panel looks.
import type { Leader, Standing } from '../../../domain/meetingProgress/meetingProgress';
import type { MeetingProgressStore } from '../../../domain/ports';

export interface MeetingProgressServices {
  store: MeetingProgressStore;
  me: Leader;
  /**
   * In a meeting's tab, 'organizer' for the meeting's organizer; in the channel's tab, 'owner' for a
   * team owner; else 'participant'.
   */
  standing: () => Promise<Standing>;
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
