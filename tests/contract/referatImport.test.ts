// `referat import` against the emulator: every open point of every referat becomes one decision, and a
// second run creates nothing new.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NO_FAULTS } from '../../dev/emulator/faults';
import { SEED } from '../../dev/emulator/seed';
import { startTestEmulator, tokenFor } from '../../dev/emulator/testing/testEmulator';
import { decisionsOf } from '../../src/domain/decisions/decision';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { getTeamSite } from '../../src/graph/files';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import type { AuthenticationResult, DeviceCodeRequest } from '@azure/msal-node';
import type { DeviceCodeClient } from '../../src/auth/deviceCodeTokenProvider';
import { CHANNEL_SCOPES, IMPORT_SCOPES, importCommand, parseImportArgs } from '../../src/cli/importCommand';
import type { CliIo } from '../../src/cli/runCli';
import { runCli } from '../../src/cli/runCli';
import { nodeIo } from '../../src/cli/nodeIo';
import { emulatorClient, emulatorFixture } from './graphTarget';

const emulator = emulatorFixture();

function capture(env: Record<string, string>): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    ...nodeIo(env),
    stdout: (text: string) => void out.push(text),
    stderr: (text: string) => void err.push(text),
    // Waits cut a thousandfold: the retries are the code's, the minutes of real backoff are not needed.
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / 1000)),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

it('imports the decisions of a folder of referater once, with progress and a summary in meetings', async () => {
  const fixtures = path.resolve(__dirname, '../fixtures/referater');
  const folder = mkdtempSync(path.join(tmpdir(), 'referat-import-'));
  for (const name of [
    'referat-2015-04-23.txt',
    'referat-2022-03-10.txt',
    'referat-2023-06-15.txt',
    'dagsorden-2027-01-14.txt',
  ]) {
    copyFileSync(path.join(fixtures, name), path.join(folder, name));
  }
  const env = { GRAPH_BASE_URL: emulator.graph.url, GRAPH_TOKEN: tokenFor('secretary') };
  const first = capture(env);
  expect(await runCli(['import', folder], first.io)).toBe(0);
  // 2015-04-23: 4 open points (one closed); 2022-03-10: 5; 2023-06-15: 39 (one closed); the dagsorden has no decisions.
  expect(first.out()).toBe('3 meetings (4 files): 48 decisions created in "Chefforum beslutninger".\n');
  expect(first.err()).toContain('importing decisions [####################] 48/48');
});

it('a rerun after the secretary edited an item leaves it exactly as she left it, and says so', async () => {
  // The backfill never changes an item that is there: a create of a taken unique key is a 409
  // (api-reference/v1.0/api/listitem-create.md; enforceUniqueValues in resources/columndefinition.md).
  const fixtures = path.resolve(__dirname, '../fixtures/referater');
  const folder = mkdtempSync(path.join(tmpdir(), 'referat-reimport-'));
  copyFileSync(path.join(fixtures, 'referat-2022-03-10.txt'), path.join(folder, 'a.txt'));
  copyFileSync(path.join(fixtures, 'referat-2022-03-10.txt'), path.join(folder, 'b.txt')); // the same meeting twice
  const list = 'Genimport';
  const env = { GRAPH_BASE_URL: emulator.graph.url, GRAPH_TOKEN: tokenFor('secretary') };
  const first = capture(env);
  expect(await runCli(['import', folder, '--list', list], first.io)).toBe(0);
  expect(first.out()).toBe(`1 meeting (2 files): 5 decisions created in "${list}".\n`);

  const connection = emulator.connect();
  const store = graphDecisionStore(
    connection,
    async () => (await getTeamSite(connection, SEED.teamId)).id,
    list,
  );
  const read = (await store.get('2022-03-10#2'))!;
  const edited = {
    ...read.decision,
    owner: 'Chefen for Økonomi & Stab',
    status: 'Gul' as const,
    decision: `${read.decision.decision}\n\nTilføjet af sekretæren.`,
  };
  const saved = await store.save(read, edited);

  const second = capture(env);
  expect(await runCli(['import', folder, '--list', list], second.io)).toBe(0);
  expect(second.out()).toBe(
    `1 meeting (2 files): 0 decisions created, 5 left alone (already in the list) in "${list}".\n`,
  );
  const after = (await store.get('2022-03-10#2'))!;
  expect(after.decision).toEqual(edited);
  expect(after.eTag).toBe(saved.eTag); // not even rewritten with the same values
});

it('imports 50 referater through 429s, 503s, 504s and dropped connections: one item per open point, counted once', async () => {
  const fixtures = path.resolve(__dirname, '../fixtures/referater');
  const sources = readdirSync(fixtures)
    .filter((name) => name.startsWith('referat-') && name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(fixtures, name), 'utf8'));
  // Each source moved to other years gives another meeting: 50 distinct referater.
  const folder = mkdtempSync(path.join(tmpdir(), 'referat-import-50-'));
  const expected = new Set<string>();
  for (let index = 0; index < 50; index += 1) {
    const source = sources[index % sources.length]!;
    const year = parseReferat(source).date.slice(0, 4);
    const text = source.replaceAll(year, String(Number(year) + 1 + Math.floor(index / sources.length) * 20));
    const meeting = parseReferat(text);
    for (const decision of decisionsOf(meeting, null)) expected.add(decision.key);
    writeFileSync(path.join(folder, `referat-${String(index).padStart(2, '0')}.txt`), text);
  }
  const faulty = await startTestEmulator({
    faults: {
      ...NO_FAULTS,
      throttleRate: 0.2,
      unavailableRate: 0.05,
      dropRate: 0.05,
      timeoutRate: 0.05, // done, then answered 504
      retryAfterSeconds: 0,
    },
  });
  try {
    const run = capture({ GRAPH_BASE_URL: faulty.url, GRAPH_TOKEN: tokenFor('secretary') });
    const code = await runCli(['import', folder], run.io);
    expect({ code, stopped: run.err().match(/error: .*/)?.[0] ?? null }).toEqual({ code: 0, stopped: null });
    // Counted, not only keyed: a create whose answer was lost is looked for and counted created, once.
    expect(run.out()).toBe(
      `50 meetings (50 files): ${expected.size} decisions created in "Chefforum beslutninger".\n`,
    );
    faulty.setFaults(NO_FAULTS);
    const connection = emulatorClient(faulty.url);
    const store = graphDecisionStore(connection, async () => (await getTeamSite(connection, SEED.teamId)).id);
    const keys = (await store.between('1900-01-01', '2999-12-31')).map((each) => each.decision.key);
    expect(keys.length).toBe(expected.size); // no duplicates …
    expect(new Set(keys)).toEqual(expected); // … and every open point
  } finally {
    await faulty.close();
  }
}, 120_000);

it('asks for a token or a tenant sign-in in one clear line', async () => {
  const run = capture({});
  expect(await runCli(['import', 'referat.pdf'], run.io)).toBe(2);
  expect(run.err()).toMatch(/^error: set GRAPH_TOKEN/);
});

/**
 * A device-code sign-in that answers as MSAL would, with a token the emulator accepts, recording the
 * scopes asked for: MSAL's own client cannot reach login.microsoftonline.com here, so the rest of the
 * command runs for real.
 */
function deviceCodeSignIn(requests: unknown[]) {
  return async (): Promise<DeviceCodeClient> => ({
    async acquireTokenByDeviceCode(request) {
      requests.push(request.scopes);
      request.deviceCodeCallback({
        message: 'To sign in, open https://microsoft.com/devicelogin and enter the code ABCD-1234.',
      } as Parameters<DeviceCodeRequest['deviceCodeCallback']>[0]);
      return { accessToken: tokenFor('secretary'), account: null } as AuthenticationResult;
    },
    async acquireTokenSilent() {
      throw new Error('not signed in yet');
    },
  });
}

it('signs in to a tenant with a device code when given its tenant and client ids, asking only to manage sites', async () => {
  const requests: unknown[] = [];
  const signIn = deviceCodeSignIn(requests);
  const folder = mkdtempSync(path.join(tmpdir(), 'referat-import-device-'));
  copyFileSync(
    path.resolve(__dirname, '../fixtures/referater/referat-2015-04-23.txt'),
    path.join(folder, 'r.txt'),
  );
  const run = capture({
    GRAPH_BASE_URL: emulator.graph.url,
    CHEFFORUM_TENANT_ID: 'kommune.onmicrosoft.com',
    CHEFFORUM_CLIENT_ID: 'client',
  });
  const options = parseImportArgs([folder, '--list', 'Device code'])!;
  expect(await importCommand(options, run.io, signIn)).toBe(0);
  expect(run.err()).toContain('enter the code ABCD-1234');
  expect(requests).toEqual([IMPORT_SCOPES]);
  expect(IMPORT_SCOPES).toEqual(['https://graph.microsoft.com/Sites.Manage.All']);
  expect(run.out()).toContain('4 decisions created');
});

// A private channel keeps its decisions in its own site, which only its members open (msteams-docs
// concepts/build-and-test/shared-channels.md): `--channel` finds it as the tab does, through the channel's
// files folder (graph docs api-reference/v1.0/api/channel-get-filesfolder.md, whose driveItem names its
// site as parentReference.siteId: resources/itemreference.md), while `--site` still names a site by path.
describe('where the import writes', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'referat-import-where-'));
  copyFileSync(
    path.resolve(__dirname, '../fixtures/referater/referat-2015-06-11.txt'),
    path.join(folder, 'r.txt'),
  );
  const sitesHolding = async (list: string) => {
    const holding: string[] = [];
    for (const guid of [SEED.siteId, SEED.privateChannel.siteId]) {
      const lists = await emulator.graph.call('GET', `/sites/${SEED.hostname},${guid},${guid}/lists`);
      if (lists.body.value.some((each: { displayName: string }) => each.displayName === list))
        holding.push(guid);
    }
    return holding;
  };

  it.each([
    ['--channel', `${SEED.teamId}/${SEED.privateChannel.id}`, SEED.privateChannel.siteId],
    ['--channel', `${SEED.teamId}/${SEED.channelId}`, SEED.siteId],
    ['--site', `${SEED.hostname}:${SEED.privateChannel.sitePath}`, SEED.privateChannel.siteId],
  ])('%s %s writes to that site only', async (flag, value, site) => {
    const list = `Import ${flag} ${value.length}`;
    const run = capture({ GRAPH_BASE_URL: emulator.graph.url, GRAPH_TOKEN: tokenFor('secretary') });
    expect(await runCli(['import', folder, flag, value, '--list', list], run.io)).toBe(0);
    expect(run.out()).toMatch(/^1 meeting \(1 file\): \d+ decisions created/);
    expect(await sitesHolding(list)).toEqual([site]);
  });

  it.each([
    [['--site', `${SEED.hostname}:${SEED.sitePath}`, '--channel', `${SEED.teamId}/${SEED.channelId}`]],
    [['--channel', SEED.channelId]],
    [['--channel', `${SEED.teamId}/${SEED.channelId}/x`]],
  ])('refuses %j with the usage', async (flags) => {
    const run = capture({ GRAPH_BASE_URL: emulator.graph.url, GRAPH_TOKEN: tokenFor('secretary') });
    expect(await runCli(['import', folder, ...flags], run.io)).toBe(2);
    expect(run.err()).toContain('--channel team-id/channel-id');
  });

  it('asks a device-code sign-in for the files folder’s Files.Read.All too, only with --channel', async () => {
    const requests: unknown[] = [];
    const run = capture({
      GRAPH_BASE_URL: emulator.graph.url,
      CHEFFORUM_TENANT_ID: 'kommune.onmicrosoft.com',
      CHEFFORUM_CLIENT_ID: 'client',
    });
    const where = `${SEED.teamId}/${SEED.privateChannel.id}`;
    const options = parseImportArgs([folder, '--channel', where, '--list', 'Device code kanal'])!;
    expect(await importCommand(options, run.io, deviceCodeSignIn(requests))).toBe(0);
    expect(requests).toEqual([CHANNEL_SCOPES]);
    expect(CHANNEL_SCOPES).toEqual([...IMPORT_SCOPES, 'https://graph.microsoft.com/Files.Read.All']);
  });
});

describe('what the import keeps, refuses and says', () => {
  const fixtures = path.resolve(__dirname, '../fixtures/referater');
  const env = () => ({ GRAPH_BASE_URL: emulator.graph.url, GRAPH_TOKEN: tokenFor('secretary') });
  const storeOf = (list: string) => {
    const connection = emulator.connect();
    return graphDecisionStore(connection, async () => (await getTeamSite(connection, SEED.teamId)).id, list);
  };
  const folderWith = (files: Record<string, string>) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'referat-import-kept-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    return folder;
  };
  const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

  it('keeps the file’s name as the source, never the path on the importer’s disk', async () => {
    const folder = folderWith({ 'Referat 10. marts 2022.txt': fixture('referat-2022-03-10.txt') });
    const run = capture(env());
    expect(await runCli(['import', folder, '--list', 'Kilde'], run.io)).toBe(0);
    const stored = (await storeOf('Kilde').between('2022-03-10', '2022-03-10')).map((each) => each.decision);
    expect(stored).toHaveLength(5);
    expect(new Set(stored.map((decision) => decision.sourceUrl))).toEqual(
      new Set(['Referat 10. marts 2022.txt']),
    );
  });

  it('exits 1 with the count when no file can be read, and writes nothing', async () => {
    const folder = folderWith({
      'a.txt': 'Husk frokost.',
      'b.pdf': '%PDF-1.7 broken',
      'c.docx': 'PK no zip',
    });
    const run = capture(env());
    expect(await runCli(['import', folder, '--list', 'Ingen læsbare'], run.io)).toBe(1);
    expect(run.err()).toMatch(/error: 3 of 3 files could not be read\n$/);
    expect(run.err().match(/^warning: .*: skipped \(/gm)).toHaveLength(3);
    expect(run.out()).toBe('');
    expect(await storeOf('Ingen læsbare').between('1900-01-01', '2999-12-31')).toEqual([]);
  });

  it('says "no such file" of a path that is not there, and exits 1 before reading anything', async () => {
    const missing = path.join(tmpdir(), 'findes-ikke', 'referat.pdf');
    const run = capture(env());
    expect(await runCli(['import', missing], run.io)).toBe(1);
    expect(run.err()).toBe(`error: no such file: ${missing}\n`);
  });

  it('skips a point whose decision is longer than SharePoint keeps, naming it, and imports the rest', async () => {
    const source = fixture('referat-2022-03-10.txt');
    const long = 'Chefforum drøftede sagen grundigt. '.repeat(2_000); // 70,000 characters
    const text = source.replace(/(Punkt 2:[\s\S]*?Beslutning\n)/, `$1${long}\n`);
    expect(parseReferat(text).items.find((item) => item.number === 2)!.decision!.length).toBeGreaterThan(
      63_999,
    );
    const folder = folderWith({ 'lang.txt': text });
    const run = capture(env());
    expect(await runCli(['import', folder, '--list', 'Lange'], run.io)).toBe(0);
    expect(run.err()).toMatch(
      /^warning: .*lang\.txt: point 2 not written \(its decision has \d+ characters, more than the 63999 a SharePoint multi-line text column keeps\)$/m,
    );
    expect(run.out()).toBe('1 meeting (1 file): 4 decisions created in "Lange".\n');
    expect(await storeOf('Lange').get('2022-03-10#2')).toBeNull();
  });

  it('says what it wrote when it gives up under throttling', async () => {
    const folder = folderWith({ 'r.txt': fixture('referat-2023-06-15.txt') }); // 39 open points
    const faulty = await startTestEmulator();
    try {
      const run = capture({ GRAPH_BASE_URL: faulty.url, GRAPH_TOKEN: tokenFor('secretary') });
      // The first $batch of 20 goes through; from then on every request is answered 429.
      const stderr = run.io.stderr;
      run.io.stderr = (text) => {
        stderr(text);
        if (text.includes(' 20/39')) faulty.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
      };
      expect(await runCli(['import', folder], run.io)).toBe(1);
      expect(run.err()).toMatch(/\nerror: the import stopped: .+\n/);
      expect(run.err()).toMatch(
        /before it stopped: 20 decisions created, 0 left alone \(already in the list\), 19 not written; run it again to write the rest\n$/,
      );
      expect(run.out()).toBe('');
    } finally {
      await faulty.close();
    }
  }, 60_000);
});
