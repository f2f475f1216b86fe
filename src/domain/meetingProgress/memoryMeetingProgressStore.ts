// The in-memory twin of MeetingProgressStore, for unit tests.
import { FailureError } from '../failure';
import type { MeetingProgressStore, StoredProgress } from '../ports';

/** The twin's answer to a write over a version that is not the stored one, as Graph's 412 is. */
export class ProgressConflict extends FailureError {
  constructor(message: string) {
    super({ code: 'precondition-failed' }, message);
    this.name = 'ProgressConflict';
  }
}

export function memoryMeetingProgressStore(): MeetingProgressStore & { reads: number } {
  const stored = new Map<string, StoredProgress>();
  let versions = 0;
  return {
    reads: 0,
    async read(meetingDate) {
      this.reads += 1;
      return Promise.resolve(stored.get(meetingDate) ?? null);
    },
    async write(next, replaces) {
      const now = stored.get(next.meetingDate) ?? null;
      if ((now?.version ?? null) !== replaces) throw new ProgressConflict('changed meanwhile');
      versions += 1;
      const written = { progress: structuredClone(next), version: String(versions) };
      stored.set(next.meetingDate, written);
      return Promise.resolve(written);
    },
  };
}
