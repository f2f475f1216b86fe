// The port where a meeting's progress is shared between every panel of the meeting.
import type { MeetingProgress } from './meetingProgress';

export interface StoredProgress {
  progress: MeetingProgress;
  /** Changes with every write; a write names the version it replaces. */
  version: string;
}

export interface MeetingProgressStore {
  /** The meeting's progress, or null when nobody has started it. */
  read(meetingDate: string): Promise<StoredProgress | null>;
  /**
   * Stores `next` if the stored version is still `replaces` (null: nothing stored yet); else rejects
   * with a failure whose code is 'precondition-failed' or 'conflict', and the caller reads again.
   */
  write(next: MeetingProgress, replaces: string | null): Promise<StoredProgress>;
}
