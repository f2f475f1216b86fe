// Teams' limit: "A maximum of 4 requests per second per app can be issued on a given team or channel"
// (microsoft-graph-docs-contrib concepts/throttling-limits.md, Microsoft Teams service limits), GETs
// included. A burst of a 40-point agenda's reads and posts goes out at that pace, on a clock of our own.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { TeamsPacingMiddleware, teamsPaceKey } from './teamsPacing';

/** A virtual clock: sleeping resolves when `run` advances time past the wake-up, no real waiting. */
function virtualClock() {
  let now = 0;
  const sleepers: { wake: number; resolve: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((resolve) => void sleepers.push({ wake: now + ms, resolve })),
    async run() {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if (sleepers.length === 0) return;
        sleepers.sort((a, b) => a.wake - b.wake);
        const next = sleepers.shift()!;
        now = Math.max(now, next.wake);
        next.resolve();
      }
    },
  };
}

const GRAPH = 'https://graph.microsoft.com/v1.0';
const CHANNEL = `${GRAPH}/teams/team-1/channels/19%3Aabc%40thread.tacv2`;

it('sends no more than 4 requests a second on a team, GETs and POSTs alike; other teams and SharePoint are not held', async () => {
  const clock = virtualClock();
  const sent: { url: string; at: number }[] = [];
  const http: Middleware = {
    execute: async (context) => void sent.push({ url: String(context.request), at: clock.now() }),
  };
  const pacing = new TeamsPacingMiddleware(clock);
  pacing.setNext(http);
  const urls = [
    ...Array.from({ length: 40 }, (_, index) => `${CHANNEL}/messages/${index}/replies`),
    `${CHANNEL}/messages`,
    `${CHANNEL}/tabs`,
    `${GRAPH}/teams/team-1/installedApps`,
    `${GRAPH}/teams/team-2/channels/x/messages`,
    `${GRAPH}/sites/kommune.sharepoint.com,1,1/lists/l/items`,
  ];
  const done = Promise.all(urls.map((url) => pacing.execute({ request: url, options: {} } as Context)));
  await clock.run();
  await done;
  expect(sent).toHaveLength(urls.length);
  const onTeam1 = sent.filter((each) => each.url.includes('/teams/team-1/')).map((each) => each.at);
  for (const start of onTeam1) {
    expect(onTeam1.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(4);
  }
  expect(Math.max(...onTeam1)).toBe((43 - 1) * 250);
  expect(sent.find((each) => each.url.includes('team-2'))!.at).toBe(0);
  expect(sent.find((each) => each.url.includes('/sites/'))!.at).toBe(0);
});

it.each([
  [`${CHANNEL}/messages`, 'teams/team-1'],
  ['/teams/team-1/installedApps', 'teams/team-1'],
  [`${GRAPH}/chats/19%3Ameeting%40thread.v2/messages?$top=50`, 'chats/19:meeting@thread.v2'],
  [`${GRAPH}/drives/d/items/i/children`, null],
  [`${GRAPH}/$batch`, null],
])('paces %s on %s', (url, key) => {
  expect(teamsPaceKey(url)).toBe(key);
});
