// An emulator for one test file: seeded, in its own temporary data folder, on a free port, with a
// small `call` helper that speaks HTTP to it as any client would.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeDevToken } from '../devToken';
import { ALL_SCOPES } from '../permissions';
import { SEED } from '../seed';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../server';

export type SeedUser = keyof typeof SEED.users;

/** A development token for a seeded user, with every scope the emulator knows unless `scopes` are given. */
export function tokenFor(user: SeedUser, scopes: readonly string[] = ALL_SCOPES): string {
  const { id, userPrincipalName, displayName } = SEED.users[user];
  return makeDevToken({ oid: id, upn: userPrincipalName, name: displayName, scp: scopes.join(' ') });
}

// Tests read Graph's JSON as it comes, so its body is loosely typed here and nowhere else.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GraphJson = any;

export interface TestEmulator extends RunningEmulator {
  dataDir: string;
  call(
    method: string,
    path: string,
    init?: {
      as?: SeedUser | null;
      /** The token's scopes; every scope by default. */
      scopes?: readonly string[];
      body?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<{ status: number; headers: Headers; body: GraphJson }>;
}

export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'graph-emulator-'));
  const emulator = await startEmulator({
    teamsRequestsPerSecond: 0,
    seed: true,
    flush: false, // it dies with its test: no need to force each change to disk
    ...options,
    dataDir,
  });
  return {
    ...emulator,
    dataDir,
    async call(method, resource, init = {}) {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      const as = init.as === undefined ? 'secretary' : init.as;
      if (as) headers.authorization = `Bearer ${tokenFor(as, init.scopes)}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(
        resource.startsWith('http') ? resource : `${emulator.url}/v1.0${resource}`,
        {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          redirect: 'manual',
        },
      );
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: file content, kept as text
      }
      return { status: response.status, headers: response.headers, body };
    },
  };
}

export const SITE = `/sites/${SEED.hostname},${SEED.siteId},${SEED.siteId}`;
export const CHANNEL = `/teams/${SEED.teamId}/channels/${encodeURIComponent(SEED.channelId)}`;
