// Process entry of the `referat` command (bin/referat.mjs loads it).
import { nodeIo } from './nodeIo';
import { runCli } from './runCli';
import { exitCodeAfter, reportUnexpectedFailures, stopUnexpectedly } from './unexpectedFailures';

const io = nodeIo(process.env);
reportUnexpectedFailures(process, io);
void runCli(process.argv.slice(2), io)
  .then((code) => {
    process.exitCode = exitCodeAfter(process, code);
  })
  .catch((error: unknown) => stopUnexpectedly(process, io, error));
