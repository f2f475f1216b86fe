// `npm run emulator`: the seeded local Graph on 127.0.0.1, one log line per request.
//   --port N (or EMULATOR_PORT; 0 = any free port)   --data DIR (or EMULATOR_DATA; default .data/emulator)
//   --reset  (wipe the data folder and seed again)    faults: EMULATOR_THROTTLE=20% EMULATOR_UNAVAILABLE=5%
//   EMULATOR_DROP=5% EMULATOR_TIMEOUT=5% EMULATOR_LATENCY_MS=20 EMULATOR_RETRY_AFTER=1, or POST /_admin/faults at run time
//   EMULATOR_ARCHIVE=500: a generated archive in year folders, so the library holds 500 documents
import { rmSync } from 'node:fs';
import path from 'node:path';
import { makeDevToken } from './devToken';
import { faultsFromEnv } from './faults';
import { ALL_SCOPES } from './permissions';
import { SEED } from './seed';
import { startEmulator } from './server';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(
    option('data') ?? process.env.EMULATOR_DATA ?? path.join(__dirname, '../../.data/emulator'),
  );
  if (process.argv.includes('--reset')) rmSync(dataDir, { recursive: true, force: true });
  const emulator = await startEmulator({
    dataDir,
    port: Number(option('port') ?? process.env.EMULATOR_PORT ?? 4000),
    faults: faultsFromEnv(process.env),
    seed: true,
    archive: Number(process.env.EMULATOR_ARCHIVE ?? 0) || undefined,
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  const secretary = SEED.users.secretary;
  console.log(`Graph emulator on ${emulator.url}/v1.0 (data in ${dataDir})`);
  console.log(`site: ${SEED.hostname}:${SEED.sitePath}  team: ${SEED.teamId}  channel: ${SEED.channelId}`);
  console.log(
    `a token for ${secretary.displayName}: Bearer ${makeDevToken({ oid: secretary.id, upn: secretary.userPrincipalName, name: secretary.displayName, scp: ALL_SCOPES.join(' ') })}`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`emulator failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
