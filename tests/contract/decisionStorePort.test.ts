// One contract for the DecisionStore port, run against its in-memory twin and against the Graph list
// on the emulator: what holds for one must hold for the other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DecisionConflict } from '../../src/domain/decisions/DecisionStore';
import { type DecisionStore } from '../../src/domain/ports';
import { decisionsOf } from '../../src/domain/decisions/decision';
import { memoryDecisionStore } from '../../src/domain/decisions/memoryDecisionStore';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture();

let lists = 0;
const stores: [string, () => Promise<DecisionStore>][] = [
  ['the in-memory twin', async () => memoryDecisionStore()],
  [
    'the Graph list on the emulator',
    async () => graphDecisionStore(emulator.connect(), emulator.siteId, `Port ${++lists}`),
  ],
];

const referat = parseReferat(
  readFileSync(path.resolve(__dirname, '../fixtures/referater/referat-2015-04-23.txt'), 'utf8'),
);

describe.each(stores)('the DecisionStore: %s', (_name, make) => {
  it('upserts by key, reports progress, and finds by key and by date', async () => {
    const store = await make();
    await store.ensure();
    const progress: number[] = [];
    expect(await store.upsert(decisionsOf(referat, null), (done) => progress.push(done))).toEqual({
      created: 4,
      updated: 0,
    });
    expect(progress[progress.length - 1]).toBe(4);
    expect(await store.upsert(decisionsOf(referat, null))).toEqual({ created: 0, updated: 4 });
    expect((await store.get('2015-04-23#2'))?.decision).toMatchObject({
      title: 'Sygefravær 1. kvartal 2015',
      deadline: '2015-06-01',
      outcomes: ['drøftet', 'godkendt med ændringer'], // "at chefforum drøfter …" was discussed
    });
    expect(await store.get('2015-04-23#3')).toBeNull();
    expect((await store.between('2015-01-01', '2015-12-31')).map((each) => each.decision.key).sort()).toEqual(
      ['2015-04-23#1', '2015-04-23#2', '2015-04-23#4', '2015-04-23#5'],
    );
    expect(await store.between('2016-01-01', '2016-12-31')).toEqual([]);
  });

  it('creates a new decision once; a second create of its key is a conflict with the stored one', async () => {
    const store = await make();
    const [first] = decisionsOf(referat, null);
    const created = await store.create(first!);
    expect(created.decision).toEqual(first);
    const again = store.create({ ...first!, decision: 'En anden tekst.' });
    await expect(again).rejects.toBeInstanceOf(DecisionConflict);
    await expect(again).rejects.toMatchObject({ theirs: { decision: { decision: first!.decision } } });
    expect((await store.get(first!.key))!.decision.decision).toBe(first!.decision);
  });

  it('refuses a save made from an old read, with both versions', async () => {
    const store = await make();
    await store.upsert(decisionsOf(referat, null));
    const first = (await store.get('2015-04-23#4'))!;
    const saved = await store.save(first, { ...first.decision, status: 'Rød' });
    expect(saved.decision.status).toBe('Rød');
    const stale = store.save(first, { ...first.decision, status: 'Gul' });
    await expect(stale).rejects.toBeInstanceOf(DecisionConflict);
    expect((await store.get('2015-04-23#4'))!.decision.status).toBe('Rød');
  });
});
