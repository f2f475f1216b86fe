// Durable state for the emulator: a snapshot plus an append-only journal of changes. Every change is
// written and fsync'd before the request that made it is answered, so a kill -9 loses nothing that
// was acknowledged; a torn last line (the process died while writing it) is ignored on load. Without
// `flush` (the tests' emulators, which never outlive their test) changes are written but not forced to disk.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export type Collections = Record<string, Record<string, unknown>>;
type Change = { c: string; id: string; v?: unknown; del?: true };

const COMPACT_AFTER = 5000; // journal lines before the state is rewritten as one snapshot

export class Journal {
  private fd: number;
  private lines = 0;

  private constructor(
    private readonly dir: string,
    readonly state: Collections,
    private readonly flush: boolean,
  ) {
    this.fd = openSync(path.join(dir, 'journal.jsonl'), 'a');
  }

  /** Opens (or creates) the data folder and rebuilds the state from snapshot and journal. */
  static open(dir: string, { flush = true }: { flush?: boolean } = {}): Journal {
    mkdirSync(dir, { recursive: true });
    const snapshotFile = path.join(dir, 'snapshot.json');
    const state = existsSync(snapshotFile)
      ? (JSON.parse(readFileSync(snapshotFile, 'utf8')) as Collections)
      : {};
    const journalFile = path.join(dir, 'journal.jsonl');
    let lines = 0;
    if (existsSync(journalFile)) {
      for (const line of readFileSync(journalFile, 'utf8').split('\n')) {
        if (line === '') continue;
        let change: Change;
        try {
          change = JSON.parse(line) as Change;
        } catch {
          break; // a torn last line: its request was never answered
        }
        apply(state, change);
        lines += 1;
      }
    }
    const journal = new Journal(dir, state, flush);
    journal.lines = lines;
    return journal;
  }

  get<T>(collection: string, id: string): T | undefined {
    return this.state[collection]?.[id] as T | undefined;
  }

  all<T>(collection: string): T[] {
    return Object.values(this.state[collection] ?? {}) as T[];
  }

  put(collection: string, id: string, value: unknown): void {
    this.write({ c: collection, id, v: value });
  }

  delete(collection: string, id: string): void {
    this.write({ c: collection, id, del: true });
  }

  close(): void {
    closeSync(this.fd);
  }

  private write(change: Change): void {
    writeSync(this.fd, `${JSON.stringify(change)}\n`);
    if (this.flush) fsyncSync(this.fd);
    apply(this.state, change);
    this.lines += 1;
    if (this.lines >= COMPACT_AFTER) this.compact();
  }

  /** Rewrites the state as one snapshot (atomically: temp file, fsync, rename) and starts a new journal. */
  compact(): void {
    const temp = path.join(this.dir, 'snapshot.json.tmp');
    const fd = openSync(temp, 'w');
    writeSync(fd, JSON.stringify(this.state));
    if (this.flush) fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path.join(this.dir, 'snapshot.json'));
    closeSync(this.fd);
    rmSync(path.join(this.dir, 'journal.jsonl'), { force: true });
    this.fd = openSync(path.join(this.dir, 'journal.jsonl'), 'a');
    this.lines = 0;
  }
}

function apply(state: Collections, change: Change): void {
  const collection = (state[change.c] ??= {});
  if (change.del) delete collection[change.id];
  else collection[change.id] = change.v;
}
