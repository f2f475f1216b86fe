// Drives the outbox's retry machine (domain/decisions/outboxRetry) with real timers: a flush when the
// next try is due or the browser comes back online ('online' event), and the time of the next try.
import { useCallback, useEffect, useReducer } from 'react';
import { OUTBOX_IDLE, type OutboxEvent, outboxRetry } from '../../../domain/decisions/outboxRetry';

/** An event as the hook's callers give it: the time is added from the clock. */
export type OutboxNews = OutboxEvent extends infer E
  ? E extends OutboxEvent
    ? Omit<E, 'at'>
    : never
  : never;

export function useOutboxRetry(clock: () => number, flush: () => Promise<void>) {
  const [retry, dispatch] = useReducer(outboxRetry, OUTBOX_IDLE);
  const tell = useCallback(
    (event: OutboxNews) => dispatch({ ...event, at: clock() } as OutboxEvent),
    [clock],
  );
  useEffect(() => {
    if (retry.kind !== 'waiting') return undefined;
    const timer = setTimeout(() => tell({ type: 'due' }), Math.max(0, retry.nextAt - clock()));
    return () => clearTimeout(timer);
  }, [retry, clock, tell]);
  useEffect(() => {
    if (retry.kind === 'sending') void flush();
  }, [retry, flush]);
  useEffect(() => {
    const online = () => tell({ type: 'online' });
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [tell]);
  return { nextTry: retry.kind === 'waiting' ? retry.nextAt : null, tell };
}
