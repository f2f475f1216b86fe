// A conflict with oneself is a success (issue 21, item 1). A write can land and its answer be lost: a
// gateway answers 504 after the list took the PATCH, or the connection goes. Sent again with If-Match on
// the eTag that was read, it meets the eTag the write itself made: 412 Precondition Failed
// (microsoft-graph-docs-contrib api-reference/v1.0/api/listitem-update.md takes If-Match;
// concepts/errors.md: 412 "the precondition given in the request headers did not match"). The saver
// reads the other side: when it holds every field that was sent, the save is done, whatever the eTags.
import { FailureError } from '../failure';
import { recordedDecision } from '../testing/decisionBuilders';
import type { Decision } from './decision';
import { decisionSaver, type SaveResult } from './decisionSaver';
import { DecisionConflict } from './DecisionStore';
import { type DecisionStore } from '../ports';
import { memoryDecisionOutbox } from './memoryDecisionOutbox';
import { memoryDecisionStore } from './memoryDecisionStore';

/** What the list does with the next write sent to it. */
type ListEvent =
  /** Takes it and answers. */
  | 'answers'
  /** Takes it; the answer is lost (a 504 after the work, a dropped connection): 'network'. */
  | 'takes it, answer lost'
  /** Takes it; the client's own resend (If-Match on the old eTag) gets 412, reads the other side. */
  | 'takes it, resend gets 412'
  /** Before it arrives, someone else stores another text: the write meets their eTag. */
  | 'someone else wrote another text'
  /** Before it arrives, someone else stores exactly what this write says. */
  | 'someone else wrote the same';

const MINE = 'Chefforum godkendte planen med ændringer.';

/** The memory store (eTags change on every write) with the list's next events played on each write. */
function listWith(inner: DecisionStore, events: ListEvent[]): DecisionStore {
  const network = () => new FailureError({ code: 'network' }, 'The answer was lost.');
  async function write(edited: Decision, send: () => Promise<unknown>) {
    const event = events.shift() ?? 'answers';
    if (event === 'someone else wrote another text' || event === 'someone else wrote the same') {
      const text = event === 'someone else wrote the same' ? edited.decision : 'Direktørens tekst.';
      await inner.upsert([{ ...edited, decision: text }]);
      return send(); // meets their version
    }
    const stored = await send();
    if (event === 'takes it, answer lost') throw network();
    if (event === 'takes it, resend gets 412')
      throw new DecisionConflict(edited, (await inner.get(edited.key))!);
    return stored;
  }
  return {
    ...inner,
    create: async (decision) => (await write(decision, () => inner.create(decision))) as never,
    save: async (read, edited) => (await write(edited, () => inner.save(read, edited))) as never,
  };
}

const point = recordedDecision('2026-10-01', 3, { decision: 'Udkast.', owner: 'Cheferne' });

describe('a conflict with oneself, as a table of events', () => {
  it.each<[string, 'create' | 'update', ListEvent[], SaveResult['kind'], number | null, string]>([
    // name, what is saved, the list's events, the save's result, saved by the flush after it, what the list holds
    ['an update answered', 'update', ['answers'], 'saved', null, MINE],
    [
      'an update whose answer is lost → sent again → 412 → the other side read → equal → saved',
      'update',
      ['takes it, answer lost', 'answers'],
      'pending',
      1,
      MINE,
    ],
    [
      "an update whose client's resend gets 412 → the other side read → equal → saved",
      'update',
      ['takes it, resend gets 412'],
      'saved',
      null,
      MINE,
    ],
    [
      'a create whose answer is lost → sent again → the key taken by it → equal → saved',
      'create',
      ['takes it, answer lost', 'answers'],
      'pending',
      1,
      MINE,
    ],
    [
      'someone else stored what I send: saved',
      'update',
      ['someone else wrote the same'],
      'saved',
      null,
      MINE,
    ],
    [
      'someone else stored another text: a conflict, nothing overwritten',
      'update',
      ['someone else wrote another text'],
      'conflict',
      0,
      'Direktørens tekst.',
    ],
  ])('%s', async (_name, mode, events, kind, flushed, holds) => {
    const inner = memoryDecisionStore();
    let read = null;
    if (mode === 'update') {
      await inner.upsert([point]);
      read = await inner.get(point.key);
    }
    const outbox = memoryDecisionOutbox();
    let tick = 0;
    const saver = decisionSaver(listWith(inner, events), outbox, () => ++tick);
    const result = await saver.save(read, { ...point, decision: MINE, status: 'Gul' });
    expect(result.kind).toBe(kind);
    if (result.kind === 'saved')
      expect(result.stored.decision).toMatchObject({ decision: MINE, status: 'Gul' });
    if (flushed !== null) expect((await saver.flush()).saved).toBe(flushed);
    expect((await inner.get(point.key))!.decision.decision).toBe(holds);
    // Nothing left waiting but a real conflict, which waits for the user's choice.
    expect((await outbox.all()).map((save) => save.lastFailure)).toEqual(
      kind === 'conflict' ? ['conflict'] : [],
    );
  });
});
