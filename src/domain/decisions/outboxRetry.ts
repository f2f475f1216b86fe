// When the outbox sends its waiting saves again, as a pure state machine: the tab feeds it what
// happened (a save was queued, a flush ended, the timer fired, the browser came back online) with the
// time from an injected clock, and it answers whether to send now or when to try next. Backoff doubles
// from 2 s to 5 min; Graph's Retry-After is honoured when it asks for longer.

export type OutboxRetry =
  /** Nothing waits. */
  | { kind: 'idle' }
  /** A flush is under way (attempt counts the flushes that found the list unreachable in a row). */
  | { kind: 'sending'; attempt: number }
  /** Saves wait; the next flush is due at `nextAt` (ms since the epoch). */
  | { kind: 'waiting'; attempt: number; nextAt: number };

export type OutboxEvent =
  /** Something waits in the outbox (a failed save, or one found after a reload). */
  | { type: 'queued'; at: number; retryAfterMs?: number | null }
  /** A flush ended: how many saves still wait, and the longest Retry-After Graph asked for. */
  | { type: 'flushed'; at: number; stillWaiting: number; retryAfterMs: number | null }
  /** The timer for `nextAt` fired. */
  | { type: 'due'; at: number }
  /** The browser says the network is back (window 'online'): no reason to wait any longer. */
  | { type: 'online'; at: number };

export const RETRY_FIRST_MS = 2_000;
export const RETRY_MAX_MS = 5 * 60_000;

export const OUTBOX_IDLE: OutboxRetry = { kind: 'idle' };

/** The wait after the `attempt`-th unsuccessful flush: doubling backoff, or Retry-After when longer. */
export function retryDelayMs(attempt: number, retryAfterMs: number | null): number {
  const backoff = Math.min(RETRY_FIRST_MS * 2 ** Math.max(0, attempt - 1), RETRY_MAX_MS);
  return retryAfterMs === null ? backoff : Math.min(Math.max(backoff, retryAfterMs), RETRY_MAX_MS);
}

/** The next state of the retry machine. */
export function outboxRetry(state: OutboxRetry, event: OutboxEvent): OutboxRetry {
  switch (event.type) {
    case 'queued':
      // A new failure while idle waits a first backoff; one already scheduled keeps its time.
      return state.kind === 'idle'
        ? { kind: 'waiting', attempt: 1, nextAt: event.at + retryDelayMs(1, event.retryAfterMs ?? null) }
        : state;
    case 'flushed': {
      if (event.stillWaiting === 0) return OUTBOX_IDLE;
      const attempt = (state.kind === 'idle' ? 0 : state.attempt) + 1;
      return { kind: 'waiting', attempt, nextAt: event.at + retryDelayMs(attempt, event.retryAfterMs) };
    }
    case 'due':
      return state.kind === 'waiting' && event.at >= state.nextAt
        ? { kind: 'sending', attempt: state.attempt }
        : state;
    case 'online':
      return state.kind === 'waiting' ? { kind: 'sending', attempt: state.attempt } : state;
  }
}

/** When to say the next try is: "in N seconds" under a minute, else the clock time. */
export function nextTryText(nextAt: number, now: number): { inSeconds: number } | { at: number } {
  const seconds = Math.max(0, Math.ceil((nextAt - now) / 1000));
  return seconds < 60 ? { inSeconds: seconds } : { at: nextAt };
}
