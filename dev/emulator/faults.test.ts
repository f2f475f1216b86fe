// A run under faults can be replayed: the dice are seeded, the seed is printed, EMULATOR_FAULT_SEED reuses it.
import { decideFault, faultDice, type Faults, NO_FAULTS } from './faults';

const faulty: Faults = { ...NO_FAULTS, throttleRate: 0.2, unavailableRate: 0.05, dropRate: 0.05 };
const decisions = (random: () => number) =>
  Array.from({ length: 200 }, () => decideFault(faulty, '/sites/x/lists/y/items', random));

describe('the fault dice', () => {
  it('print their seed, and the same seed gives the same faults again', () => {
    const lines: string[] = [];
    const first = decisions(faultDice(faulty, (line) => lines.push(line), {}));
    const seed = /seed (\d+)/.exec(lines[0] ?? '')?.[1];
    expect(lines[0]).toMatch(/^emulator faults: seed \d+ \(EMULATOR_FAULT_SEED=\d+ replays/);
    const replay = decisions(faultDice(faulty, () => undefined, { EMULATOR_FAULT_SEED: seed }));
    expect(replay).toEqual(first);
  });

  it('give each kind of fault about its share', () => {
    const many = decisions(faultDice(faulty, () => undefined, { EMULATOR_FAULT_SEED: '7' }));
    const throttled = many.filter((fault) => fault === 'throttle').length / many.length;
    expect(throttled).toBeGreaterThan(0.1);
    expect(throttled).toBeLessThan(0.3);
    expect(many.filter((fault) => fault === null).length).toBeGreaterThan(many.length / 2);
  });

  it('say nothing when no fault is switched on', () => {
    const lines: string[] = [];
    faultDice(NO_FAULTS, (line) => lines.push(line), {});
    expect(lines).toEqual([]);
  });
});
