// Teams' posting limit (about 2 messages a second per app and tenant): a sliding one-second window.

export class RateLimiter {
  private stamps: number[] = [];

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when a message may be posted now; false means answer 429. */
  allow(): boolean {
    if (this.perSecond <= 0) return true;
    const now = this.now();
    this.stamps = this.stamps.filter((stamp) => now - stamp < 1000);
    if (this.stamps.length >= this.perSecond) return false;
    this.stamps.push(now);
    return true;
  }
}
