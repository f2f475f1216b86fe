// Reads the meeting's progress every `intervalMs` until stopped; after a failed read it waits twice as
// long each time (up to 30 s), so a throttled or offline panel backs off instead of piling on.
import type { MeetingProgressStore, StoredProgress } from '../../../domain/ports';

const MAX_BACKOFF_MS = 30_000;

export function pollProgress(
  store: MeetingProgressStore,
  meetingDate: string,
  intervalMs: number,
  onRead: (stored: StoredProgress | null) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = intervalMs;
  const tick = async () => {
    try {
      const stored = await store.read(meetingDate);
      wait = intervalMs;
      if (!stopped) onRead(stored);
    } catch (error) {
      wait = Math.min(wait * 2, MAX_BACKOFF_MS);
      if (!stopped) onError(error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), wait);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
