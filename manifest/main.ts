// `npm run package`: writes manifest/build/chefforum-teams-app.zip from the CHEFFORUM_* settings.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppSettingsError, readAppSettings } from './appSettings';
import { InvalidPackageError, packageApp } from './packageApp';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const settings = readAppSettings(process.env, version);
  const zip = await packageApp(settings, path.join(root, 'assets'));
  const out = path.join(root, 'manifest/build/chefforum-teams-app.zip');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, zip);
  console.log(
    `wrote ${path.relative(process.cwd(), out)} (version ${version}, tab at ${settings.hostUrl.origin})`,
  );
}

main().catch((error: unknown) => {
  const known = error instanceof AppSettingsError || error instanceof InvalidPackageError;
  console.error(
    known ? error.message : `package failed: ${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exitCode = 1;
});
