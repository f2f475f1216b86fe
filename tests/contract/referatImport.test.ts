// `referat import` against the emulator: every open point of every referat becomes one decision, and a
// second run creates nothing new.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestEmulator, type TestEmulator, tokenFor } from '../../dev/emulator/testing/testEmulator';
import type { CliIo } from '../../src/cli/runCli';
import { runCli } from '../../src/cli/runCli';
import { nodeIo } from '../../src/cli/nodeIo';

let graph: TestEmulator;
beforeAll(async () => {
  graph = await startTestEmulator();
});
afterAll(() => graph.close());

function capture(env: Record<string, string>): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    ...nodeIo(env),
    stdout: (text: string) => void out.push(text),
    stderr: (text: string) => void err.push(text),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

it('imports the decisions of a folder of referater once, with progress and a summary', async () => {
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
  const env = { GRAPH_BASE_URL: graph.url, GRAPH_TOKEN: tokenFor('secretary') };
  const first = capture(env);
  expect(await runCli(['import', folder], first.io)).toBe(0);
  // 2015-04-23: 4 open points (one closed); 2022-03-10: 5; 2023-06-15: 39 (one closed); the dagsorden has no decisions.
  expect(first.out()).toBe(
    'Imported 3 referater from 4 files: 48 decisions created, 0 updated in "Chefforum beslutninger".\n',
  );
  expect(first.err()).toContain('importing decisions [####################] 48/48');
  const second = capture(env);
  expect(await runCli(['import', folder], second.io)).toBe(0);
  expect(second.out()).toBe(
    'Imported 3 referater from 4 files: 0 decisions created, 48 updated in "Chefforum beslutninger".\n',
  );
});

it('asks for a token in one clear line', async () => {
  const run = capture({});
  expect(await runCli(['import', 'referat.pdf'], run.io)).toBe(2);
  expect(run.err()).toMatch(/^error: set GRAPH_TOKEN/);
});
