// File contents by content hash, each written atomically before the metadata that names it.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export class Blobs {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Stores the bytes and returns their SHA-256, which names them. */
  put(bytes: Uint8Array): string {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const file = path.join(this.dir, hash);
    if (!existsSync(file)) {
      const temp = `${file}.tmp`;
      const fd = openSync(temp, 'w');
      writeSync(fd, bytes);
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temp, file);
    }
    return hash;
  }

  get(hash: string): Uint8Array {
    return new Uint8Array(readFileSync(path.join(this.dir, hash)));
  }
}
