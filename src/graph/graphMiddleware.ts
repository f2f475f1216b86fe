// Our own middleware chain for the Graph client, used against real Graph and the emulator alike:
// the stock AuthenticationHandler only attaches tokens to https Graph hosts (REFERENCE.md §5), and the
// stock RetryHandler re-sends POSTs, which must not create duplicates. So: auth → retry → HTTP.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphFailure } from './GraphFailure';
import { RETRYABLE_STATUSES, type RetryPolicy, retryDelayMs } from './retryPolicy';

/** Supplies a bearer token for Graph; the scopes a request needs are passed when known. */
export type TokenProvider = (scopes?: string[]) => Promise<string>;

/** Sees every HTTP exchange (method, URL, status or 'network'); for counting and logging. */
export type GraphObserver = (method: string, url: string, status: number | 'network') => void;

abstract class Link implements Middleware {
  protected next?: Middleware;
  setNext(next: Middleware): void {
    this.next = next;
  }
  abstract execute(context: Context): Promise<void>;
}

export class AuthMiddleware extends Link {
  constructor(private readonly token: TokenProvider) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${await this.token()}`);
    context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    await this.next!.execute(context);
  }
}

/**
 * Retries what Graph did not process: 429, 503 and 504, honouring Retry-After (capped, with jitter).
 * A lost connection is retried only for requests that are safe to repeat (not POST): a create whose
 * answer was lost may have happened, and callers reconcile that by key instead.
 */
export class RetryMiddleware extends Link {
  constructor(
    private readonly policy: RetryPolicy,
    private readonly observe?: GraphObserver,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.next!.execute(context);
      } catch (error) {
        this.observe?.(method, url, 'network');
        if (method === 'POST' || attempt >= this.policy.maxAttempts) throw GraphFailure.network(error);
        await this.policy.sleep(retryDelayMs(this.policy, attempt, null));
        continue;
      }
      const response = context.response!;
      this.observe?.(method, url, response.status);
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= this.policy.maxAttempts) return;
      await this.policy.sleep(retryDelayMs(this.policy, attempt, response.headers.get('retry-after')));
    }
  }
}
