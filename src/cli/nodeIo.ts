// The command line's I/O on a real machine: files, folders, environment, and the two streams.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIo } from './runCli';

export function nodeIo(env: Record<string, string | undefined>): CliIo {
  return {
    readFile: async (file) => new Uint8Array(await readFile(file)),
    writeFile: (file, bytes) => writeFile(file, bytes),
    isFolder: async (entry) => (await stat(entry)).isDirectory(),
    listFolder: async (folder) => (await readdir(folder)).sort().map((name) => path.join(folder, name)),
    env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
