// Where the real referater live (../shared/corpus beside the repository), and how tests skip without them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const corpusDir = path.resolve(__dirname, '../../../shared/corpus');
export const corpusPresent = existsSync(path.join(corpusDir, 'README.md'));

/** `describe` when the corpus is there; otherwise a skipped block and one line saying why. */
export function describeWithCorpus(name: string, body: () => void): void {
  if (corpusPresent) {
    describe(name, body);
    return;
  }
  process.stdout.write(`skipped "${name}": the corpus folder ${corpusDir} is absent\n`);
  describe.skip(name, body);
}

export function corpusFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(corpusDir, name)));
}
