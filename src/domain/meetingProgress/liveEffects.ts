// What the meeting's live state asks of the store (liveState.ts's command), run, and answered as the
// event that tells the state how it went. A 412 (changed meanwhile) or 409 (created meanwhile) is a
// conflict; any other failure is a failed write.
import { failureOf } from '../failure';
import type { MeetingProgressStore } from '../ports';
import type { LiveEvent, ProgressCommand } from './liveState';

const isConflict = (error: unknown) => ['precondition-failed', 'conflict'].includes(failureOf(error).code);

export async function runProgressCommand(
  store: MeetingProgressStore,
  meetingDate: string,
  command: ProgressCommand,
  clock: () => number,
): Promise<LiveEvent> {
  const { serial } = command;
  try {
    if (command.kind === 'write') {
      return {
        type: 'written',
        serial,
        stored: await store.write(command.next, command.replaces),
        at: clock(),
      };
    }
    return { type: 'reread', serial, stored: await store.read(meetingDate), at: clock() };
  } catch (error) {
    return command.kind === 'write' && isConflict(error)
      ? { type: 'conflicted', serial }
      : { type: 'write-failed', serial };
  }
}
