// When and how long to wait before trying a Graph request again.

export interface RetryPolicy {
  maxAttempts: number;
  /** Longest wait honoured from a Retry-After header, in ms. */
  maxDelayMs: number;
  /** Wait without a Retry-After header: base × 2^attempt, plus jitter. */
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  maxDelayMs: 60_000,
  baseDelayMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Statuses that mean "not processed, try later" in Graph and SharePoint. */
export const RETRYABLE_STATUSES = new Set([429, 503, 504]);

/** The wait before attempt `attempt` (1-based): Retry-After when given (seconds or an HTTP date), else backoff. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: string | null): number {
  const jitter = Math.floor(policy.random() * Math.min(250, policy.baseDelayMs));
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), policy.maxDelayMs) + jitter;
  }
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs) + jitter;
}
