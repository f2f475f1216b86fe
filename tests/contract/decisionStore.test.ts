// Decisions kept in SharePoint through the DecisionStore, against the emulator: one list however many
// tabs provision it, one item per point however often it is saved, conflicts never overwritten, and
// an import of 50 referater exact under throttling, outages and dropped connections.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DecisionConflict } from '../../src/domain/decisions/DecisionStore';
import { decisionsOf } from '../../src/domain/decisions/decision';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { graphDecisionStore } from '../../src/graph/graphDecisionStore';
import { emulatorFixture } from './graphTarget';

const emulator = emulatorFixture({ retry: { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 12 } });
const { connect } = emulator;

const fixtures = path.resolve(__dirname, '../fixtures/referater');
const referat = parseReferat(readFileSync(path.join(fixtures, 'referat-2022-03-10.txt'), 'utf8'));

it('provisions one list when two tabs do it at once', async () => {
  await Promise.all([
    graphDecisionStore(connect(), emulator.siteId, 'Beslutninger A').ensure(),
    graphDecisionStore(connect('director'), emulator.siteId, 'Beslutninger A').ensure(),
  ]);
  const lists = await emulator.graph.call('GET', `/sites/${emulator.siteId}/lists`);
  expect(
    lists.body.value.filter((list: { displayName: string }) => list.displayName === 'Beslutninger A'),
  ).toHaveLength(1);
});

it('keeps one item per point however often it is saved, and never writes a closed point', async () => {
  const store = graphDecisionStore(connect(), emulator.siteId, 'Beslutninger B');
  const decisions = decisionsOf(referat, 'https://kommune.sharepoint.com/x.pdf');
  expect(await store.upsert(decisions)).toEqual({ created: 5, updated: 0 });
  expect(await store.upsert(decisions)).toEqual({ created: 0, updated: 5 });
  const stored = await store.between('2022-03-10', '2022-03-10');
  expect(stored.map((each) => each.decision.key).sort()).toEqual([
    '2022-03-10#1',
    '2022-03-10#2',
    '2022-03-10#3',
    '2022-03-10#4',
    '2022-03-10#5',
  ]);
  const point3 = stored.find((each) => each.decision.itemNumber === 3)!.decision;
  expect(point3).toMatchObject({
    owner: 'Chefen for Skoler & Uddannelse, Chefen for Miljø & Teknik',
    deadline: '2022-06-15',
    outcomes: ['taget til efterretning', 'taget til efterretning'],
  });
  const closed = parseReferat(readFileSync(path.join(fixtures, 'referat-2015-04-23.txt'), 'utf8'));
  await store.upsert(decisionsOf(closed, null));
  expect(await store.get('2015-04-23#3')).toBeNull();
});

it('gives the second of two editors a conflict with both versions, and keeps the first one’s text', async () => {
  const secretary = graphDecisionStore(connect(), emulator.siteId, 'Beslutninger C');
  const director = graphDecisionStore(connect('director'), emulator.siteId, 'Beslutninger C');
  await secretary.upsert(decisionsOf(referat, null));
  const readBySecretary = (await secretary.get('2022-03-10#2'))!;
  const readByDirector = (await director.get('2022-03-10#2'))!;
  await secretary.save(readBySecretary, {
    ...readBySecretary.decision,
    decision: 'Sekretærens tekst',
    status: 'Gul',
  });
  const attempt = director.save(readByDirector, {
    ...readByDirector.decision,
    decision: 'Direktørens tekst',
  });
  await expect(attempt).rejects.toBeInstanceOf(DecisionConflict);
  const conflict = (await attempt.catch((error: unknown) => error)) as DecisionConflict;
  expect(conflict.mine.decision).toBe('Direktørens tekst');
  expect(conflict.theirs.decision).toMatchObject({ decision: 'Sekretærens tekst', status: 'Gul' });
  expect((await secretary.get('2022-03-10#2'))!.decision.decision).toBe('Sekretærens tekst');
});

it('is refused, not cut, a decision text longer than a multi-line text column keeps (63,999 characters)', async () => {
  // Microsoft Support, "List and library column types and options" (Multiple lines of text); Graph's
  // textColumn.maxLength (microsoft-graph-docs-contrib api-reference/v1.0/resources/textcolumn.md).
  const store = graphDecisionStore(connect(), emulator.siteId, 'Beslutninger lange');
  const [first, second] = decisionsOf(referat, null);
  const attempt = store.create({ ...first!, decision: 'x'.repeat(64_000) });
  await expect(attempt).rejects.toMatchObject({ failure: { code: 'bad-request' }, status: 400 });
  expect(await store.get(first!.key)).toBeNull();
  const fits = await store.create({ ...second!, decision: 'x'.repeat(63_999) });
  expect(fits.decision.decision).toHaveLength(63_999);
});

it('imports 50 referater exactly once per open point under 20 % 429, 5 % 503 and 5 % dropped connections', async () => {
  const texts = readdirSync(fixtures)
    .filter((name) => name.startsWith('referat-'))
    .map((name) => readFileSync(path.join(fixtures, name), 'utf8'));
  const meetings = Array.from({ length: 50 }, (_, index) => {
    const meeting = parseReferat(texts[index % texts.length]!);
    return { ...meeting, date: `${2000 + index}-${meeting.date.slice(5)}` };
  });
  const expected = meetings.flatMap((meeting) => decisionsOf(meeting, null));
  const store = graphDecisionStore(connect(), emulator.siteId, 'Beslutninger D');
  await store.ensure();
  emulator.graph.setFaults({
    throttleRate: 0.2,
    unavailableRate: 0.05,
    dropRate: 0.05,
    retryAfterSeconds: 0,
  });
  const outcome = await store.upsert(expected);
  emulator.graph.setFaults({});
  expect(outcome.created + outcome.updated).toBe(expected.length);
  const stored = await store.between('2000-01-01', '2049-12-31');
  const keys = stored.map((each) => each.decision.key);
  expect(keys).toHaveLength(expected.length);
  expect(new Set(keys)).toEqual(new Set(expected.map((decision) => decision.key)));
  expect(await store.upsert(expected)).toEqual({ created: 0, updated: expected.length });
});
