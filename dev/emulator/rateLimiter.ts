// Teams' limit on one team or channel: "A maximum of 4 requests per second per app can be issued on a
// given team or channel" (microsoft-graph-docs-contrib concepts/throttling-limits.md, Microsoft Teams
// service limits), whoever the user and whatever the method. A sliding one-second window per key.

export class RateLimiter {
  private readonly stamps = new Map<string, number[]>();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when one more request on `key` fits in the last second; false means answer 429. */
  allow(key: string): boolean {
    if (this.perSecond <= 0) return true;
    const now = this.now();
    const recent = (this.stamps.get(key) ?? []).filter((stamp) => now - stamp < 1000);
    const allowed = recent.length < this.perSecond;
    if (allowed) recent.push(now);
    this.stamps.set(key, recent);
    return allowed;
  }

  /** Whole seconds until `key` has room again (at least 1), for Retry-After. */
  retryAfterSeconds(key: string): number {
    const oldest = this.stamps.get(key)?.[0];
    return oldest === undefined ? 1 : Math.max(1, Math.ceil((oldest + 1000 - this.now()) / 1000));
  }
}

/**
 * The team a Teams request is issued on ("teams/{id}" for the team and its channels alike, so the
 * stricter reading of "team or channel"), or null for a request the limit does not cover.
 */
export function teamsLimitKey(path: string): string | null {
  const team = /^\/teams\/([^/]+)/.exec(path)?.[1];
  return team === undefined ? null : `teams/${decodeURIComponent(team)}`;
}
