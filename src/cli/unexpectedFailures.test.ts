// What reaches no command's own message still ends the command with an English line and exit code 1.
import { EventEmitter } from 'node:events';
import {
  exitCodeAfter,
  type ProcessEvents,
  reportUnexpectedFailures,
  stopUnexpectedly,
} from './unexpectedFailures';

function fakeProcess() {
  const proc = Object.assign(new EventEmitter(), {
    exitCode: undefined as ProcessEvents['exitCode'],
    exited: null as number | null,
    exit(code: number): never {
      proc.exited = code;
      return undefined as never;
    },
  });
  const stderr: string[] = [];
  reportUnexpectedFailures(proc, { stderr: (text) => stderr.push(text) });
  return { proc, stderr };
}

it('reports a rejection nobody awaited in one English line, and the command then exits 1 though it returned 0', () => {
  const { proc, stderr } = fakeProcess();
  proc.emit('unhandledRejection', new Error('Worker was destroyed'));
  expect(stderr).toEqual(['error: unexpected failure: Worker was destroyed\n']);
  expect(exitCodeAfter(proc, 0)).toBe(1);
  expect(proc.exited).toBeNull();
});

it('stops at once with exit code 1 on an uncaught exception, saying what it was', () => {
  const { proc, stderr } = fakeProcess();
  proc.emit('uncaughtException', 'not even an Error');
  expect(stderr).toEqual(['error: unexpected failure: not even an Error\n']);
  expect(proc.exited).toBe(1);
});

it('leaves the exit code of a command alone when nothing unexpected happened', () => {
  const { proc, stderr } = fakeProcess();
  expect(exitCodeAfter(proc, 2)).toBe(2);
  expect(stderr).toEqual([]);
});

it('stops with exit code 1 when a command itself throws', () => {
  const { proc } = fakeProcess();
  const stderr: string[] = [];
  stopUnexpectedly(proc, { stderr: (text) => stderr.push(text) }, new TypeError('x is undefined'));
  expect(stderr).toEqual(['error: unexpected failure: x is undefined\n']);
  expect(proc.exited).toBe(1);
});
