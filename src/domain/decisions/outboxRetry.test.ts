// The outbox's retry machine, driven by an injected clock (no timers, no sleeps): when a waiting save
// is sent again, how the wait grows, Graph's Retry-After, and the browser coming back online.
import {
  nextTryText,
  OUTBOX_IDLE,
  type OutboxEvent,
  type OutboxRetry,
  outboxRetry,
  RETRY_MAX_MS,
  retryDelayMs,
} from './outboxRetry';

const run = (events: OutboxEvent[], from: OutboxRetry = OUTBOX_IDLE) => events.reduce(outboxRetry, from);

describe('the outbox retry machine', () => {
  it('schedules a first try 2 s after a save is queued, and sends it when that time comes', () => {
    const waiting = run([{ type: 'queued', at: 1_000 }]);
    expect(waiting).toEqual({ kind: 'waiting', attempt: 1, nextAt: 3_000 });
    expect(outboxRetry(waiting, { type: 'due', at: 2_999 })).toBe(waiting); // an early timer changes nothing
    expect(outboxRetry(waiting, { type: 'due', at: 3_000 })).toEqual({ kind: 'sending', attempt: 1 });
  });

  it('doubles the wait after each flush that leaves saves waiting, up to 5 minutes', () => {
    let state = run([{ type: 'queued', at: 0 }]);
    const waits: number[] = [];
    while (waits.length < 10) {
      const now = (state as { nextAt: number }).nextAt;
      state = outboxRetry(state, { type: 'due', at: now });
      state = outboxRetry(state, { type: 'flushed', at: now, stillWaiting: 1, retryAfterMs: null });
      waits.push((state as { nextAt: number }).nextAt - now);
    }
    expect(waits).toEqual([
      4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000, 300_000,
    ]);
  });

  it.each([
    ['Retry-After longer than the backoff wins', 1, 30_000, 30_000],
    ['the backoff wins over a shorter Retry-After', 3, 1_000, 8_000],
    ['Retry-After of zero keeps the backoff', 1, 0, 2_000],
    ['a Retry-After beyond the cap is capped', 1, 3_600_000, RETRY_MAX_MS],
  ])('%s', (_name, attempt, retryAfter, expected) => {
    expect(retryDelayMs(attempt, retryAfter)).toBe(expected);
  });

  it('honours the Retry-After of the flush that failed', () => {
    const state = run([
      { type: 'queued', at: 0 },
      { type: 'due', at: 2_000 },
      { type: 'flushed', at: 2_500, stillWaiting: 4, retryAfterMs: 30_000 },
    ]);
    expect(state).toEqual({ kind: 'waiting', attempt: 2, nextAt: 32_500 });
  });

  it('is idle once a flush leaves nothing waiting, and starts over at 2 s', () => {
    const state = run([
      { type: 'queued', at: 0 },
      { type: 'due', at: 2_000 },
      { type: 'flushed', at: 2_100, stillWaiting: 3, retryAfterMs: null },
      { type: 'due', at: 6_100 },
      { type: 'flushed', at: 6_200, stillWaiting: 0, retryAfterMs: null },
    ]);
    expect(state).toBe(OUTBOX_IDLE);
    expect(outboxRetry(state, { type: 'queued', at: 10_000 })).toEqual({
      kind: 'waiting',
      attempt: 1,
      nextAt: 12_000,
    });
  });

  it('sends at once when the browser comes back online, and otherwise ignores it', () => {
    const waiting = run([{ type: 'queued', at: 0 }]);
    expect(outboxRetry(waiting, { type: 'online', at: 100 })).toEqual({ kind: 'sending', attempt: 1 });
    expect(outboxRetry(OUTBOX_IDLE, { type: 'online', at: 100 })).toBe(OUTBOX_IDLE);
  });

  it('a save queued while one is scheduled keeps the scheduled time', () => {
    const waiting = run([{ type: 'queued', at: 0 }]);
    expect(outboxRetry(waiting, { type: 'queued', at: 1_500 })).toBe(waiting);
  });

  it.each([
    [30_000, 0, { inSeconds: 30 }],
    [59_000, 0, { inSeconds: 59 }],
    [59_500, 0, { at: 59_500 }],
    [90_000, 0, { at: 90_000 }],
  ])('tells the next try at %i (now %i) as %j', (nextAt, now, expected) => {
    expect(nextTryText(nextAt, now)).toEqual(expected);
  });
});
