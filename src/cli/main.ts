// Process entry of the `referat` command (bin/referat.mjs loads it).
import { nodeIo } from './nodeIo';
import { runCli } from './runCli';

void runCli(process.argv.slice(2), nodeIo(process.env)).then((code) => {
  process.exitCode = code;
});
