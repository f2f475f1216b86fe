// Our own middleware chain for the Graph client, used against real Graph and the emulator alike:
// the stock AuthenticationHandler only attaches tokens to https Graph hosts (REFERENCE.md §5), and the
// stock RetryHandler re-sends POSTs, which must not create duplicates. So: auth → retry → Teams pacing
// (teamsPacing.ts) → HTTP.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphFailure } from './GraphFailure';
import { scopesFor, scopesForBatch } from './scopesFor';
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
    let token: string;
    try {
      token = await this.token(requestScopes(context));
    } catch (error) {
      // No token (consent missing, sign-in cancelled, popup blocked): the request was never sent.
      const reason = error instanceof Error ? error.message : String(error);
      throw GraphFailure.carried('unauthenticated', `No token for Microsoft Graph: ${reason}`);
    }
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    await this.next!.execute(context);
  }
}

/** The least scopes the request needs: its own, or for a $batch those of the requests inside. */
function requestScopes(context: Context): string[] {
  const method = (context.options?.method ?? 'GET').toUpperCase();
  const url = typeof context.request === 'string' ? context.request : context.request.url;
  if (method === 'POST' && /\/\$batch(\?|$)/.test(url) && typeof context.options?.body === 'string') {
    try {
      return scopesForBatch(
        (JSON.parse(context.options.body) as { requests: { method: string; url: string }[] }).requests,
      );
    } catch {
      // not our batch shape: the read scopes below
    }
  }
  return scopesFor(method, new URL(url, 'https://graph.invalid').pathname);
}

/**
 * Retries what Graph did not process: 429, 503 and 504, honouring Retry-After (capped, with jitter).
 * A POST is not idempotent, so it is sent again only when the answer says it was not processed: a 429
 * (graph docs concepts/throttling.md: throttled requests fail), or a 503 with Retry-After (the
 * service asks to be called back). A 504 is a gateway's timeout and a lost connection a lost answer:
 * the POST may have happened, so it fails as 'network' (outcome unknown) and callers reconcile by key
 * instead of posting a comment twice.
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
      if (method === 'POST' && RETRYABLE_STATUSES.has(response.status) && !notProcessed(response))
        throw GraphFailure.carried(
          'network',
          `Graph answered ${response.status} to a POST: it may or may not have been done.`,
        );
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= this.policy.maxAttempts) return;
      await this.policy.sleep(retryDelayMs(this.policy, attempt, response.headers.get('retry-after')));
    }
  }
}

/** An answer that says the request was not processed and may be sent again as it was. */
function notProcessed(response: Response): boolean {
  if (response.status === 429) return true;
  return response.status === 503 && (response.headers.get('retry-after') ?? '').trim() !== '';
}
