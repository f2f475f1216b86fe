// Where the contract suite runs: always against the emulator, and also against a real tenant when
// GRAPH_BASE_URL, GRAPH_TOKEN and GRAPH_SITE (hostname:/sites/path) are set.
import { SEED } from '../../dev/emulator/seed';
import { startTestEmulator, tokenFor } from '../../dev/emulator/testing/testEmulator';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import type { GraphObserver } from '../../src/graph/graphMiddleware';

/** A team, its channel and a chat of the target, where the Teams endpoints can be tried. */
export interface TeamsPlace {
  teamId: string;
  channelId: string;
  chatId: string | null;
}

export interface GraphTarget {
  name: string;
  /** Where messages and tabs may be posted: the seeded team, or GRAPH_TEAM_ID/GRAPH_CHANNEL_ID (and GRAPH_CHAT_ID). */
  teams: TeamsPlace | null;
  connect(
    observe?: GraphObserver,
  ): Promise<{ connection: GraphConnection; hostname: string; sitePath: string; close: () => Promise<void> }>;
}

const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 10 };

export const emulatorTarget: GraphTarget = {
  name: 'the emulator',
  teams: { teamId: SEED.teamId, channelId: SEED.channelId, chatId: SEED.chatId },
  async connect(observe) {
    const emulator = await startTestEmulator({ faults: { retryAfterSeconds: 0 } });
    const connection = createGraphClient({
      baseUrl: emulator.url,
      // The scopes the adapter asks for, and no more: the emulator refuses what they do not allow.
      token: async (scopes) => tokenFor('secretary', scopes),
      retry: FAST_RETRY,
      observe,
    });
    return { connection, hostname: SEED.hostname, sitePath: SEED.sitePath, close: () => emulator.close() };
  },
};

const { GRAPH_BASE_URL, GRAPH_TOKEN, GRAPH_SITE, GRAPH_TEAM_ID, GRAPH_CHANNEL_ID, GRAPH_CHAT_ID } =
  process.env;

export const tenantTarget: GraphTarget | null =
  GRAPH_BASE_URL && GRAPH_TOKEN && GRAPH_SITE
    ? {
        name: 'the real tenant',
        teams:
          GRAPH_TEAM_ID && GRAPH_CHANNEL_ID
            ? { teamId: GRAPH_TEAM_ID, channelId: GRAPH_CHANNEL_ID, chatId: GRAPH_CHAT_ID ?? null }
            : null,
        async connect(observe) {
          const [hostname, sitePath] = GRAPH_SITE.split(':') as [string, string];
          const connection = createGraphClient({
            baseUrl: GRAPH_BASE_URL,
            token: async () => GRAPH_TOKEN,
            observe,
          });
          return { connection, hostname, sitePath, close: async () => undefined };
        },
      }
    : null;

if (!tenantTarget)
  process.stdout.write(
    'contract suite: GRAPH_BASE_URL/GRAPH_TOKEN/GRAPH_SITE not set, so it runs against the emulator only\n',
  );

export const targets: GraphTarget[] = [emulatorTarget, ...(tenantTarget ? [tenantTarget] : [])];
