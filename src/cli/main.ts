// Process entry of the `referat` command (bin/referat.mjs loads it).
import { readFile } from 'node:fs/promises';
import { runCli } from './runCli';

void runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
