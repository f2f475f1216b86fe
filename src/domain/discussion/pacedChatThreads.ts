// Teams takes about two channel posts a second per app and tenant; past that it answers 429. Posts
// from one tab are spaced out here so a burst of comments is sent at that pace instead of throttled.
import type { ChatThreads } from './PointThreads';

/** The same threads, with posts (roots and replies) at least `intervalMs` apart; reads are not held. */
export function pacedChatThreads(
  threads: ChatThreads,
  intervalMs: number,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> },
): ChatThreads {
  let nextSlot = 0;
  const slot = async () => {
    const now = clock.now();
    const at = Math.max(now, nextSlot);
    nextSlot = at + intervalMs;
    if (at > now) await clock.sleep(at - now);
  };
  return {
    async createRoot(subject, html) {
      await slot();
      return threads.createRoot(subject, html);
    },
    async reply(rootId, html) {
      await slot();
      return threads.reply(rootId, html);
    },
    replies: (rootId) => threads.replies(rootId),
  };
}
