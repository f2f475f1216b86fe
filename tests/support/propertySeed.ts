// The property tests' random inputs come from one seed a run, printed, so a failure that is not an
// assertion of fast-check's own (which prints its seed and counterexample), such as a rejection no one
// handled inside a reader, can still be run again: PROPERTY_SEED=<seed> npm run jest -- tests/property.
import fc from 'fast-check';
import { seedFrom } from '../../dev/emulator/faults';

/** Seeds fast-check for this test file (from PROPERTY_SEED, or at random) and says which seed it is. */
export function seedProperties(): number {
  const seed = seedFrom(process.env.PROPERTY_SEED);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
  process.stderr.write(`properties: seed ${seed} (PROPERTY_SEED=${seed} replays this run's inputs)\n`);
  return seed;
}
