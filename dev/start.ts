// `npm start`: the seeded Graph emulator and the tab on webpack's dev server, wired together, so the
// tab runs in a normal browser with the development sign-in (as the seeded secretary).
import path from 'node:path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { devAppSettings } from './emulator/devAppSettings';
import { startEmulator } from './emulator/server';
import { startBanner } from './startBanner';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const emulator = await startEmulator({
    dataDir: process.env.EMULATOR_DATA ?? path.join(root, '.data/emulator'),
    port: Number(process.env.EMULATOR_PORT ?? 4000),
    seed: true,
    archive: Number(process.env.EMULATOR_ARCHIVE ?? 0) || undefined,
    log: (line) => console.log(`graph: ${line}`),
  });
  Object.assign(process.env, devAppSettings(emulator.url));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
  const configure = require(path.join(root, 'webpack.config.js')) as (
    env: unknown,
    argv: { mode: string },
  ) => webpack.Configuration & { devServer: WebpackDevServer.Configuration };
  const config = configure({}, { mode: 'development' });
  const server = new WebpackDevServer({ ...config.devServer }, webpack({ ...config, mode: 'development' }));
  await server.start();
  const { host, port } = config.devServer as { host: string; port: number };
  console.log(startBanner(`http://${host}:${port}/`, emulator.url));
  const stop = () => void Promise.all([server.stop(), emulator.close()]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
