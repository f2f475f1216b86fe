// Follow-up order and filters, the conflict merge, and the save rules (outbox, retries, conflicts).
import { type Failure, FailureError } from '../failure';
import { recordedDecision } from '../testing/decisionBuilders';
import { type Decision, withDecisionText } from './decision';
import { decisionSaver } from './decisionSaver';
import { DecisionConflict } from './DecisionStore';
import { type DecisionStore } from '../ports';
import { MAX_MULTILINE_TEXT } from './decisionText';
import { dueAtMeeting, followUps, ownersOf } from './followUps';
import { memoryDecisionOutbox } from './memoryDecisionOutbox';
import { memoryDecisionStore } from './memoryDecisionStore';
import { mergeDecisions } from './mergeDecisions';

// Two recommendations, not yet followed up: the merge of outcomes needs some.
const decision = (meetingDate: string, itemNumber: number, patch: Partial<Decision> = {}): Decision =>
  recordedDecision(meetingDate, itemNumber, {
    recommendations: ['at planen godkendes', 'at cheferne melder tilbage'],
    outcomes: [null, null],
    ...patch,
  });

const DIRECTOR = '22222222-2222-4222-8222-222222222222';
const OTHER = '55555555-5555-4555-8555-555555555555';

describe('follow-ups', () => {
  const today = '2026-11-25';
  const all = [
    decision('2026-10-01', 1, { deadline: '2026-12-20', owner: 'Chefen for Skoler & Uddannelse' }),
    decision('2026-10-01', 2, { deadline: '2026-11-01', owner: 'Cheferne', status: 'Gul' }),
    decision('2026-10-15', 1, { deadline: null, owner: `Kommunaldirektøren <${DIRECTOR}>` }),
    // A person whose name is a fragment of another's: found by id, never by the name's text.
    decision('2026-10-15', 2, { deadline: null, owner: `Kommunal <${OTHER}>` }),
    decision('2026-09-03', 4, { deadline: '2026-10-01', status: 'Afsluttet', owner: 'Cheferne' }),
    decision('2026-09-03', 5, {
      deadline: '2026-11-20',
      status: 'Rød',
      owner: 'Chefen for Økonomi & Stab, Cheferne',
    }),
  ];
  const keys = (list: Decision[]) => list.map((each) => each.key);

  it.each([
    [
      'every open one, overdue first, undated last',
      {},
      ['2026-10-01#2', '2026-09-03#5', '2026-10-01#1', '2026-10-15#1', '2026-10-15#2'],
    ],
    ['by a text owner', { owner: 'text:Chefen for Skoler & Uddannelse' }, ['2026-10-01#1']],
    ['by an owner among several', { owner: 'text:Cheferne' }, ['2026-10-01#2', '2026-09-03#5']],
    ['by a person, by id', { owner: `id:${DIRECTOR}` }, ['2026-10-15#1']],
    ['never by a fragment of a name', { owner: 'text:Kommunal' }, []],
    ['by status', { status: 'Gul' as const }, ['2026-10-01#2']],
    ['closed ones only when asked', { status: 'Afsluttet' as const }, ['2026-09-03#4']],
    ['due by a date', { dueBy: '2026-11-30' }, ['2026-10-01#2', '2026-09-03#5']],
  ])('lists %s', (_name, filter, expected) => {
    expect(keys(followUps(all, { owner: '', status: 'open', dueBy: null, ...filter }, today))).toEqual(
      expected,
    );
  });

  it('gives a coming meeting the open decisions of earlier meetings due by its date', () => {
    expect(keys(dueAtMeeting(all, '2026-12-20', today))).toEqual([
      '2026-10-01#2',
      '2026-09-03#5',
      '2026-10-01#1',
    ]);
    expect(keys(dueAtMeeting(all, '2026-10-01', today))).toEqual([]);
  });

  it('names each owner once, split where a decision names several, people with their id', () => {
    expect(ownersOf(all)).toEqual([
      { id: null, name: 'Chefen for Skoler & Uddannelse' },
      { id: null, name: 'Chefen for Økonomi & Stab' },
      { id: null, name: 'Cheferne' },
      { id: OTHER, name: 'Kommunal' },
      { id: DIRECTOR, name: 'Kommunaldirektøren' },
    ]);
  });
});

describe('merging two edits of one decision', () => {
  const base = decision('2026-10-01', 1, { owner: 'Cheferne', deadline: '2026-12-01' });
  it.each([
    [
      'each side changed another field: both kept',
      { status: 'Rød' as const },
      { deadline: '2026-12-15' },
      { status: 'Rød', deadline: '2026-12-15' },
      [],
    ],
    [
      'the same change on both sides is no clash',
      { status: 'Gul' as const },
      { status: 'Gul' as const },
      { status: 'Gul' },
      [],
    ],
    [
      'both changed the same words of the text: both kept there, mine first, once',
      { decision: 'Min tekst.' },
      { decision: 'Deres tekst.' },
      { decision: 'Min tekst / Deres tekst.' },
      ['decision'],
    ],
    [
      'each changed other words of the text: both changes, once',
      { decision: 'Direktionen godkendte planen.' },
      { decision: 'Chefforum godkendte ikke planen.' },
      { decision: 'Direktionen godkendte ikke planen.' },
      [],
    ],
    [
      'both chose another owner: both kept, each once, a person by their id',
      { owner: `HR, Kommunaldirektøren <${DIRECTOR}>` },
      { owner: `Kommunaldirektøren <${DIRECTOR}>; Cheferne` },
      { owner: `Cheferne; HR; Kommunaldirektøren <${DIRECTOR}>` },
      ['owner'],
    ],
    [
      'both changed the deadline: mine proposed',
      { deadline: '2027-01-01' },
      { deadline: '2027-02-01' },
      { deadline: '2027-01-01' },
      ['deadline'],
    ],
    [
      'an outcome each',
      { outcomes: ['godkendt', null] },
      { outcomes: [null, 'udsat'] },
      { outcomes: ['godkendt', 'udsat'] },
      [],
    ],
  ] as const)('%s', (_name, mine, theirs, expected, clashes) => {
    const result = mergeDecisions(base, { ...base, ...mine } as Decision, { ...base, ...theirs } as Decision);
    expect(result.merged).toMatchObject(expected);
    expect(result.clashes).toEqual(clashes);
  });
});

/** A store whose next calls fail with the given failures (null: succeeds), as Graph does when throttled. */
function flakyStore(inner: DecisionStore) {
  const failures: (Failure | null)[] = [];
  const maybeFail = () => {
    const failure = failures.shift();
    if (failure) throw new FailureError(failure, failure.code);
  };
  const store: DecisionStore = {
    ensure: () => inner.ensure(),
    upsert: async (decisions, onProgress) => (maybeFail(), inner.upsert(decisions, onProgress)),
    createMissing: async (decisions, onProgress) => (maybeFail(), inner.createMissing(decisions, onProgress)),
    create: async (value) => (maybeFail(), inner.create(value)),
    save: async (read, edited) => (maybeFail(), inner.save(read, edited)),
    get: (key) => inner.get(key),
    between: (from, to) => inner.between(from, to),
  };
  return { store, failNext: (...next: (Failure | null)[]) => failures.push(...next) };
}

describe('saving decisions', () => {
  const setup = () => {
    const inner = memoryDecisionStore();
    const flaky = flakyStore(inner);
    const outbox = memoryDecisionOutbox();
    let tick = 0;
    return { inner, outbox, ...flaky, saver: decisionSaver(flaky.store, outbox, () => ++tick) };
  };

  it('saves and leaves nothing waiting', async () => {
    const { saver, inner, outbox } = setup();
    const result = await saver.save(null, decision('2026-10-01', 1));
    expect(result.kind).toBe('saved');
    expect((await inner.get('2026-10-01#1'))?.decision.decision).toBe('Chefforum godkendte planen.');
    expect(await outbox.all()).toEqual([]);
  });

  it.each<[string, Failure]>([
    ['throttled', { code: 'throttled', retryAfterMs: null }],
    ['unavailable', { code: 'unavailable', retryAfterMs: null }],
    ['network', { code: 'network' }],
  ])('keeps a save that failed as %s, and sends it when flushed', async (code, failure) => {
    const { saver, inner, outbox, failNext } = setup();
    failNext(failure);
    expect(await saver.save(null, decision('2026-10-01', 1))).toEqual({
      kind: 'pending',
      failure: code,
      retryAfterMs: null,
    });
    expect(await outbox.all()).toMatchObject([{ key: '2026-10-01#1', attempts: 1, lastFailure: code }]);
    expect(await inner.get('2026-10-01#1')).toBeNull();
    expect(await saver.flush()).toMatchObject({ saved: 1, pending: 0, conflicts: [], retryAfterMs: null });
    expect(await inner.get('2026-10-01#1')).not.toBeNull();
    expect(await outbox.all()).toEqual([]);
  });

  it('keeps a save refused for lack of permission, but does not resend it by itself', async () => {
    const { saver, outbox, failNext } = setup();
    failNext({ code: 'forbidden', missingPermission: null });
    expect(await saver.save(null, decision('2026-10-01', 1))).toEqual({
      kind: 'failed',
      failure: 'forbidden',
    });
    expect(await saver.flush()).toMatchObject({ saved: 0, pending: 0, conflicts: [], retryAfterMs: null });
    expect(await outbox.all()).toHaveLength(1);
  });

  it('keeps a save that failed in a way nobody foresaw as unexpected, and does not resend it', async () => {
    const { saver, inner, outbox } = setup();
    const broken: DecisionStore = {
      ...inner,
      create: async () => Promise.reject(new TypeError('x is undefined')),
    };
    const brokenSaver = decisionSaver(broken, outbox, () => 1);
    expect(await brokenSaver.save(null, decision('2026-10-01', 1))).toEqual({
      kind: 'failed',
      failure: 'unexpected',
    });
    expect(await outbox.all()).toMatchObject([{ lastFailure: 'unexpected' }]);
    expect((await saver.flush()).saved).toBe(0);
  });

  it('reports a conflict with both versions and keeps mine until the user chooses', async () => {
    const { saver, inner, outbox } = setup();
    await inner.upsert([decision('2026-10-01', 1)]);
    const read = (await inner.get('2026-10-01#1'))!;
    await inner.save(read, { ...read.decision, decision: 'Deres tekst.' });
    const result = await saver.save(read, { ...read.decision, decision: 'Min tekst.' });
    expect(result.kind).toBe('conflict');
    const conflict = (result as { conflict: DecisionConflict }).conflict;
    expect([conflict.mine.decision, conflict.theirs.decision.decision]).toEqual([
      'Min tekst.',
      'Deres tekst.',
    ]);
    expect((await inner.get('2026-10-01#1'))!.decision.decision).toBe('Deres tekst.');
    expect(await outbox.all()).toMatchObject([{ lastFailure: 'conflict' }]);
    expect((await saver.flush()).saved).toBe(0); // a conflict waits for the user, it is not resent
    const kept = await saver.save(conflict.theirs, conflict.mine); // "keep mine"
    expect(kept.kind).toBe('saved');
    expect((await inner.get('2026-10-01#1'))!.decision.decision).toBe('Min tekst.');
    expect(await outbox.all()).toEqual([]);
  });

  it('a new decision whose key someone else stored meanwhile is a conflict, not an overwrite', async () => {
    const { saver, inner } = setup();
    await inner.upsert([decision('2026-10-01', 1, { decision: 'Først.' })]);
    const result = await saver.save(null, decision('2026-10-01', 1, { decision: 'Senere.' }));
    expect(result.kind).toBe('conflict');
    expect((await inner.get('2026-10-01#1'))!.decision.decision).toBe('Først.');
  });

  it('saves all in chunks of 20 with progress; a chunk that fails waits and is finished by flush', async () => {
    const { saver, inner, outbox, failNext } = setup();
    const many = Array.from({ length: 45 }, (_, index) => decision('2026-10-01', index + 1));
    const progress: number[] = [];
    failNext(null, { code: 'throttled', retryAfterMs: null }); // the first chunk goes through, the second not
    expect(await saver.saveAll(many, (done) => progress.push(done))).toMatchObject({
      saved: 20,
      pending: 25,
      retryAfterMs: null,
    });
    expect(progress).toEqual([0, 20]);
    expect(await outbox.all()).toHaveLength(25);
    expect(await saver.flush()).toMatchObject({ saved: 25, pending: 0, conflicts: [], retryAfterMs: null });
    expect(await inner.between('2026-10-01', '2026-10-01')).toHaveLength(45);
    expect(await outbox.all()).toEqual([]);
  });

  it('refuses a decision longer than a SharePoint note column before sending it, keeps it, and does not resend it', async () => {
    const { saver, inner, outbox } = setup();
    const creates = jest.spyOn(inner, 'create');
    const long = decision('2026-10-01', 1, { decision: 'Godkendt. '.repeat(6_400) }); // 64,000 characters
    expect(await saver.save(null, long)).toEqual({ kind: 'failed', failure: 'too-long' });
    expect(creates).not.toHaveBeenCalled();
    expect(await outbox.all()).toMatchObject([{ key: '2026-10-01#1', lastFailure: 'too-long' }]);
    expect((await saver.flush()).saved).toBe(0);
    expect(await inner.get('2026-10-01#1')).toBeNull();
    const fits = { ...long, decision: 'x'.repeat(MAX_MULTILINE_TEXT) };
    expect((await saver.save(null, fits)).kind).toBe('saved');
  });

  it('"save all" saves the rest and keeps one too long for the list as refused', async () => {
    const { saver, inner, outbox } = setup();
    const many = [
      decision('2026-10-01', 1),
      decision('2026-10-01', 2, { recommendations: ['at '.repeat(30_000)] }),
      decision('2026-10-01', 3),
    ];
    expect(await saver.saveAll(many)).toMatchObject({ saved: 2, pending: 0, retryAfterMs: null });
    expect((await inner.between('2026-10-01', '2026-10-01')).map((each) => each.decision.key)).toEqual([
      '2026-10-01#1',
      '2026-10-01#3',
    ]);
    expect(await outbox.all()).toMatchObject([{ key: '2026-10-01#2', lastFailure: 'too-long' }]);
  });

  it('sends what was typed without control characters or bidirectional overrides', async () => {
    const { saver, inner } = setup();
    const typed = decision('2026-10-01', 1, {
      title: 'Budget\u202e fdp.exe',
      decision: 'Godkendt\u0007 af \u2066Chefforum\u2069.\r\nNæste linje\tmed tab.',
      owner: '\u202eØkonomichefen',
    });
    expect((await saver.save(null, typed)).kind).toBe('saved');
    const stored = (await inner.get('2026-10-01#1'))!.decision;
    expect([stored.title, stored.decision, stored.owner]).toEqual([
      'Budget fdp.exe',
      'Godkendt af Chefforum.\nNæste linje\tmed tab.',
      'Økonomichefen',
    ]);
  });

  it('confirming an older save never drops a newer edit of the same decision', async () => {
    const { outbox } = setup();
    const first = {
      key: 'k',
      mode: 'create' as const,
      edited: decision('2026-10-01', 1),
      read: null,
      attempts: 0,
      lastFailure: null,
    };
    await outbox.put({ ...first, revision: 1 });
    await outbox.put({ ...first, revision: 2 });
    await outbox.remove('k', 1);
    expect(await outbox.all()).toMatchObject([{ revision: 2 }]);
  });
});

describe('"save all" and the import are backfills', () => {
  it('saves only points with decision text, and never changes a decision someone stored meanwhile', async () => {
    const store = memoryDecisionStore();
    const saver = decisionSaver(store, memoryDecisionOutbox(), () => 1);
    await store.upsert([decision('2026-10-01', 2, { decision: 'Direktørens tekst.', status: 'Rød' })]);
    const result = await saver.saveAll([
      decision('2026-10-01', 1),
      decision('2026-10-01', 2),
      decision('2026-10-01', 3, { decision: '  ' }), // a dagsorden's point: nothing decided yet
    ]);
    expect(result).toMatchObject({ saved: 2, pending: 0, retryAfterMs: null });
    expect((await store.between('2026-10-01', '2026-10-01')).map((each) => each.decision.key).sort()).toEqual(
      ['2026-10-01#1', '2026-10-01#2'],
    );
    expect((await store.get('2026-10-01#2'))!.decision).toMatchObject({
      decision: 'Direktørens tekst.',
      status: 'Rød',
    });
  });

  it("carries Graph's Retry-After with a pending save and the flush that leaves it waiting", async () => {
    const store = memoryDecisionStore();
    const busy: DecisionStore = {
      ...store,
      create: async () => {
        throw new FailureError({ code: 'throttled', retryAfterMs: 30_000 }, 'busy');
      },
    };
    const saver = decisionSaver(busy, memoryDecisionOutbox(), () => 1);
    expect(await saver.save(null, decision('2026-10-01', 1))).toEqual({
      kind: 'pending',
      failure: 'throttled',
      retryAfterMs: 30_000,
    });
    expect(await saver.flush()).toMatchObject({ saved: 0, pending: 1, retryAfterMs: 30_000 });
  });
});

describe('two saves of one decision in the same millisecond', () => {
  it('keep distinct outbox revisions, so confirming the first never drops the second', async () => {
    // The clock stands still: both saves are numbered in the same millisecond.
    const point = decision('2026-10-01', 3);
    const inner = memoryDecisionStore();
    await inner.upsert([point]);
    const read = (await inner.get(point.key))!;
    let release = () => {};
    const firstArrives = new Promise<void>((resolve) => (release = resolve));
    const store: DecisionStore = {
      ...inner,
      // The first edit is slow to be answered; the second finds the list busy (503) and waits.
      save: async (from, edited) => {
        if (edited.decision !== 'Første udgave.')
          throw new FailureError({ code: 'unavailable', retryAfterMs: null }, '503');
        await firstArrives;
        return inner.save(from, edited);
      },
    };
    const outbox = memoryDecisionOutbox();
    const saver = decisionSaver(store, outbox, () => 1_000);
    const first = saver.save(read, { ...point, decision: 'Første udgave.' });
    expect(await saver.save(read, { ...point, decision: 'Anden udgave.' })).toMatchObject({
      kind: 'pending',
    });
    release();
    expect(await first).toMatchObject({ kind: 'saved' });
    // The second edit still waits to be sent: the first's confirmation did not take it away.
    expect((await outbox.all()).map((save) => save.edited.decision)).toEqual(['Anden udgave.']);
  });
});

describe('decision text typed anew', () => {
  const recommendations = [
    'at Chefforum godkender dagsordenen for dagens møde',
    'at Chefforum tager orienteringen til efterretning',
  ];
  type Row = [string, Decision['outcomes'], number[], string, Decision['outcomes']];
  it.each<Row>([
    // Nothing said yet: the new text proposes each.
    ['', [null, null], [], 'Godkendt.', ['godkendt', 'taget til efterretning']],
    // What the old text proposed follows the text.
    ['Godkendt.', ['godkendt', 'taget til efterretning'], [], 'Punktet blev udsat.', ['udsat', 'udsat']],
    // An outcome that differs from the old text's proposal was chosen (before this visit): it stays.
    ['Godkendt.', ['ikke godkendt', 'taget til efterretning'], [], 'Udsat.', ['ikke godkendt', 'udsat']],
    ['Godkendt.', [null, 'taget til efterretning'], [], 'Udsat.', [null, 'udsat']],
    // One chosen in this visit stays, even where the old text proposed the same.
    ['Godkendt.', ['godkendt', 'taget til efterretning'], [0], 'Udsat.', ['godkendt', 'udsat']],
    // Text emptied: no proposal left.
    ['Godkendt.', ['godkendt', 'taget til efterretning'], [], '', [null, null]],
  ])('"%s" %j (chosen %j) → "%s" %j', (before, outcomes, chosen, after, expected) => {
    const typed = withDecisionText(
      decision('2027-01-14', 1, { recommendations, outcomes, decision: before }),
      after,
      new Set(chosen),
    );
    expect(typed).toMatchObject({ decision: after, outcomes: expected });
  });
});
