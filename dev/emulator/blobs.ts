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
  /** `flush`: forced to disk before it is named (see Journal). */
  constructor(
    private readonly dir: string,
    private readonly flush = true,
  ) {
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
      if (this.flush) fsyncSync(fd);
      closeSync(fd);
      renameSync(temp, file);
    }
    return hash;
  }

  get(hash: string): Uint8Array {
    return new Uint8Array(readFileSync(path.join(this.dir, hash)));
  }
}
