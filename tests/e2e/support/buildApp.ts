// Builds the tab with the project's own webpack configuration, once for all browser test files: the
// build lands in a temporary folder named after a hash of its sources, so every test file (and every jest
// worker) of the same run reuses it, and a changed source gives a new build.
// The browser tests run what ships, React's production build, with the development settings on (the
// Graph address and user from the page address) and without minifying, which only costs build time;
// the bench measures the minified production build.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

const repoRoot = path.resolve(__dirname, '../../..');
const COMPLETE = '.complete';
const STALE_LOCK_MS = 60_000; // a lock folder without a pid yet

export type BuildKind = 'test' | 'production';

export async function buildApp(mode: BuildKind = 'test'): Promise<string> {
  const hash = sourceHash();
  const outDir = path.join(tmpdir(), `chefforum-build-${mode}-${hash}`);
  if (existsSync(path.join(outDir, COMPLETE))) return outDir;
  const lock = `${outDir}.lock`;
  if (!takeLock(lock)) return waitFor(outDir, lock, mode);
  try {
    const staging = `${outDir}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    await runWebpack(staging, mode);
    // Sources edited while webpack ran make a build that matches neither hash: use it once, keep none.
    if (sourceHash() !== hash) return staging;
    writeFileSync(path.join(staging, COMPLETE), new Date().toISOString());
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
    return outDir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A hash of everything the bundle is made from: src/, the build settings (here too), the lock file, CHEFFORUM_* env. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...listFiles(path.join(repoRoot, 'src')),
    ...['webpack.config.js', 'webpack.hosting.js', 'tsconfig.json', 'package-lock.json'].map((name) =>
      path.join(repoRoot, name),
    ),
    __filename, // how this file changes the configuration
  ];
  for (const file of files.filter((name) => existsSync(name)).sort()) {
    hash.update(path.relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  // webpack.config.js fixes the CHEFFORUM_* settings at build time.
  for (const [name, value] of Object.entries(process.env)
    .filter(([key]) => key.startsWith('CHEFFORUM_'))
    .sort()) {
    hash.update(`${name}=${value ?? ''}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/**
 * mkdir is atomic: whoever creates the lock folder builds, and writes its pid in it; a lock whose
 * builder has died (a killed run, a background build that crashed) is taken over.
 */
function takeLock(lock: string): boolean {
  if (existsSync(lock) && !lockHeld(lock)) rmSync(lock, { recursive: true, force: true });
  try {
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    return false;
  }
}

/** Whether the lock's builder is still at work (or, before it wrote its pid, the lock is fresh). */
function lockHeld(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return existsSync(lock) && Date.now() - statSync(lock).mtimeMs < STALE_LOCK_MS;
  }
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch {
    return false;
  }
}

async function waitFor(outDir: string, lock: string, mode: BuildKind): Promise<string> {
  while (existsSync(lock) && lockHeld(lock)) await new Promise((resolve) => setTimeout(resolve, 250));
  // The builder finished (or died): use its build, or build now.
  return existsSync(path.join(outDir, COMPLETE)) ? outDir : buildApp(mode);
}

async function runWebpack(outDir: string, mode: BuildKind): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
  const configure = require(path.join(repoRoot, 'webpack.config.js')) as (
    env: { development?: boolean },
    argv: { mode: string },
  ) => webpack.Configuration;
  const config = configure({ development: mode === 'test' }, { mode: 'production' });
  config.mode = 'production'; // and its devtool: a test sees whether a source map would be served
  // Minified (esbuild) the tests took as much CPU, and the build twice as long.
  if (mode === 'test') config.optimization = { ...config.optimization, minimize: false };
  config.context = repoRoot;
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: 'error' };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve();
    });
  });
}
