// Builds the tab with the project's own webpack configuration into a temporary folder, once per test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

const repoRoot = path.resolve(__dirname, '../../..');

export async function buildApp(mode: 'development' | 'production' = 'development'): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'chefforum-build-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
  const configure = require(path.join(repoRoot, 'webpack.config.js')) as (
    env: unknown,
    argv: { mode: string },
  ) => webpack.Configuration;
  const config = configure({}, { mode });
  config.mode = mode;
  config.devtool = false;
  config.context = repoRoot;
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: 'error' };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve();
    });
  });
  return outDir;
}
