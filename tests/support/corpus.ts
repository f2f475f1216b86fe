// Where the real referater live (../shared/corpus beside the repository), and what tests do without them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeRequiring, type Requirement } from './requirement';

export const corpusDir = path.resolve(__dirname, '../../../shared/corpus');
export const corpusPresent = existsSync(path.join(corpusDir, 'README.md'));

export const corpusRequirement: Requirement = {
  what: `the corpus folder ${corpusDir}`,
  remedy: 'check out ../shared beside the repository',
  present: corpusPresent,
};

/** `describe` when the corpus is there; otherwise skipped saying why, or failing under CI=true. */
export function describeWithCorpus(name: string, body: () => void): void {
  describeRequiring(corpusRequirement, name, body);
}

export function corpusFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(corpusDir, name)));
}
