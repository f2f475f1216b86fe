// Where the contract suite runs: always against the emulator, and also against a real tenant when
// GRAPH_BASE_URL, GRAPH_TOKEN and GRAPH_SITE (hostname:/sites/path) are set. Also the one emulator
// fixture of the tests that run against the emulator only.
import { SEED } from '../../dev/emulator/seed';
import type { EmulatorOptions } from '../../dev/emulator/server';
import {
  type SeedUser,
  startTestEmulator,
  type TestEmulator,
  tokenFor,
} from '../../dev/emulator/testing/testEmulator';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import { getSiteByPath } from '../../src/graph/files';
import type { GraphObserver } from '../../src/graph/graphMiddleware';
import type { RetryPolicy } from '../../src/graph/retryPolicy';

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

/** How a test's connections to the emulator are made; the Graph client's defaults where not given. */
export interface EmulatorClientOptions {
  retry?: Partial<RetryPolicy>;
  /** Sees each request and its answer (to count them). */
  observe?: GraphObserver;
  /** Tokens with only the scopes each request asks for, as the tab's: the emulator refuses what they do not allow. */
  leastScopes?: boolean;
}

/** A connection to the emulator at `url` as a seeded user, through the real Graph client. */
export function emulatorClient(
  url: string,
  user: SeedUser = 'secretary',
  options: EmulatorClientOptions = {},
): GraphConnection {
  return createGraphClient({
    baseUrl: url,
    token: async (scopes) => (options.leastScopes ? tokenFor(user, scopes) : tokenFor(user)),
    retry: options.retry,
    observe: options.observe,
  });
}

/** One seeded emulator for a test file (or a describe block); the fields are set once its beforeAll has run. */
export interface EmulatorFixture {
  graph: TestEmulator;
  /** The seeded team's site. */
  siteId: string;
  /** A connection as a seeded user (the secretary unless named), `retry` over the fixture's own. */
  connect(user?: SeedUser, retry?: Partial<RetryPolicy>): GraphConnection;
}

/**
 * Starts the emulator before the tests of the file or describe block it is called in, and closes it
 * after them: the setup every emulator-only contract test shares (as tests/e2e/support/tabFixture.ts
 * does for the browser tests). A beforeAll of the test's own, registered after, runs after this one.
 */
export function emulatorFixture(
  options: EmulatorClientOptions & { emulator?: Partial<EmulatorOptions> } = {},
): EmulatorFixture {
  const fixture = {
    connect: (user = 'secretary', retry = {}) =>
      emulatorClient(fixture.graph.url, user, { ...options, retry: { ...options.retry, ...retry } }),
  } as EmulatorFixture;
  beforeAll(async () => {
    fixture.graph = await startTestEmulator(options.emulator);
    // Read without the test's observer, which is there to count the test's own requests.
    const plain = emulatorClient(fixture.graph.url);
    fixture.siteId = (await getSiteByPath(plain, SEED.hostname, SEED.sitePath)).id;
  });
  afterAll(() => fixture.graph?.close());
  return fixture;
}

const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 10 };

export const emulatorTarget: GraphTarget = {
  name: 'the emulator',
  teams: { teamId: SEED.teamId, channelId: SEED.channelId, chatId: SEED.chatId },
  async connect(observe) {
    const emulator = await startTestEmulator({ faults: { retryAfterSeconds: 0 } });
    const connection = emulatorClient(emulator.url, 'secretary', {
      retry: FAST_RETRY,
      observe,
      leastScopes: true,
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

/** The targets a suite runs against; says so when it is the emulator only (once per suite that asks). */
export function graphTargets(): GraphTarget[] {
  if (!tenantTarget)
    process.stdout.write(
      'contract suite: GRAPH_BASE_URL/GRAPH_TOKEN/GRAPH_SITE not set, so it runs against the emulator only\n',
    );
  return [emulatorTarget, ...(tenantTarget ? [tenantTarget] : [])];
}
