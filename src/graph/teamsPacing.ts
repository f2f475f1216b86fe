// Teams takes at most 4 requests a second from one app on a given team or channel, for all its users
// together and whatever the method (microsoft-graph-docs-contrib concepts/throttling-limits.md, Microsoft
// Teams service limits); past that it answers 429. So every request this tab makes on a team, its
// channels or a chat is given a slot at least 250 ms after the previous one on the same team or chat.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export const TEAMS_REQUESTS_PER_SECOND = 4;

export interface PacingClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** The team or chat a request is issued on, or null for one Teams does not limit (SharePoint, $batch). */
export function teamsPaceKey(url: string): string | null {
  const path = new URL(url, 'https://graph.invalid').pathname.replace(/^\/(v1\.0|beta)/, '');
  const match = /^\/(teams|chats)\/([^/]+)/.exec(path);
  return match ? `${match[1]}/${decodeURIComponent(match[2]!)}` : null;
}

/** Waits for a request's slot on `key`: slots on one key are `intervalMs` apart, keys are independent. */
export function pacer(clock: PacingClock, intervalMs = 1000 / TEAMS_REQUESTS_PER_SECOND) {
  const nextSlot = new Map<string, number>();
  return async (key: string): Promise<void> => {
    const now = clock.now();
    const at = Math.max(now, nextSlot.get(key) ?? 0);
    nextSlot.set(key, at + intervalMs);
    if (at > now) await clock.sleep(at - now);
  };
}

/** A middleware link that holds each Teams request until its slot (retries included: it sits after them). */
export class TeamsPacingMiddleware implements Middleware {
  private next?: Middleware;
  private readonly wait: (key: string) => Promise<void>;

  constructor(clock: PacingClock) {
    this.wait = pacer(clock);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const key = teamsPaceKey(url);
    if (key !== null) await this.wait(key);
    await this.next!.execute(context);
  }
}
