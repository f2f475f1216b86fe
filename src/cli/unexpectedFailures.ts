// The last line of defence of the `referat` command: a failure that got past the commands' own messages
// (a bug, or a rejection inside a library that nothing awaits, as pdf.js has had: mozilla/pdf.js#12214)
// ends it with one English line and exit code 1, not Node's stack trace and not silence.
import type { EventEmitter } from 'node:events';
import type { CliIo } from './runCli';

/** The part of `process` this needs (tests pass an EventEmitter). */
export interface ProcessEvents extends Pick<EventEmitter, 'on'> {
  exitCode?: number | string | undefined;
  exit(code: number): never;
}

export function reportUnexpectedFailures(proc: ProcessEvents, io: Pick<CliIo, 'stderr'>): void {
  // A promise nobody awaited: what the command printed may be whole, but the run is not a success.
  proc.on('unhandledRejection', (reason: unknown) => {
    io.stderr(describe(reason));
    proc.exitCode = 1;
  });
  proc.on('uncaughtException', (error: unknown) => stopUnexpectedly(proc, io, error));
}

/** After an uncaught exception, or a command that threw, Node's state is unknown: stop at once. */
export function stopUnexpectedly(proc: ProcessEvents, io: Pick<CliIo, 'stderr'>, error: unknown): never {
  io.stderr(describe(error));
  return proc.exit(1);
}

function describe(error: unknown): string {
  return `error: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`;
}

/** The exit code of a command that returned `code`, unless an unexpected failure has set 1 already. */
export function exitCodeAfter(proc: ProcessEvents, code: number): number {
  return proc.exitCode === 1 ? 1 : code;
}
