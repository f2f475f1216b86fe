/** @jest-environment jsdom */
// The decision hooks over the in-memory twins, with jest's fake clock (no real waiting): a save that met
// a 503 is sent again in the open tab and says when; "Gem alle" is offered only for decided points and
// its "afventer" clears when the list has them; typed text survives opening another meeting.
import { act, renderHook, waitFor } from '@testing-library/react';
import { decisionSaver } from '../../../domain/decisions/decisionSaver';
import type { DecisionStore } from '../../../domain/ports';
import { memoryDraftStore } from '../../../domain/decisions/DraftStore';
import { memoryDecisionOutbox } from '../../../domain/decisions/memoryDecisionOutbox';
import { memoryDecisionStore } from '../../../domain/decisions/memoryDecisionStore';
import { FailureError } from '../../../domain/failure';
import type { Meeting } from '../../../domain/meeting';
import { pointDecisions } from '../../../domain/referat/recordedDecisions';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { type DecisionServices, useMeetingDecisions, useStoredDecisions } from './useDecisions';

/**
 * A list that answers 503 (as Graph does when SharePoint is busy) while `down` is true, and 403 (the
 * list's permissions refuse the user: the adapter's `forbidden`, no scope missing) while `refuse` is.
 */
function services() {
  const inner = memoryDecisionStore();
  const state = { down: false, refuse: false, writes: 0 };
  const unavailable = () => {
    state.writes += 1;
    if (state.down) throw new FailureError({ code: 'unavailable', retryAfterMs: null }, '503');
    if (state.refuse) throw new FailureError({ code: 'forbidden', missingPermission: null }, 'Access denied');
  };
  const store: DecisionStore = {
    ...inner,
    createMissing: async (decisions, onProgress) => (
      unavailable(),
      inner.createMissing(decisions, onProgress)
    ),
    create: async (decision) => (unavailable(), inner.create(decision)),
    save: async (read, edited) => (unavailable(), inner.save(read, edited)),
  };
  const decisionServices: DecisionServices = {
    store,
    saver: decisionSaver(store, memoryDecisionOutbox(), () => Date.now()),
    drafts: memoryDraftStore(),
    clock: () => Date.now(),
    teamRole: 'owner',
  };
  return { inner, state, services: decisionServices };
}

const referat = meetingOf(
  '2022-03-10',
  [1, 2, 3, 4].map((number) =>
    agendaItem({ number, title: `Punkt ${number}`, decision: `Chefforum besluttede punkt ${number}.` }),
  ),
  { kind: 'referat' },
);
const dagsorden = meetingOf(
  '2027-01-14',
  [1, 2].map((number) => agendaItem({ number, title: `Punkt ${number}`, decision: null })),
  { kind: 'dagsorden' },
);

function renderDecisions(meeting: Meeting, given: DecisionServices) {
  return renderHook(
    ({ shown }) => {
      const stored = useStoredDecisions(given);
      return { stored, meeting: useMeetingDecisions(shown, null, given, stored) };
    },
    { initialProps: { shown: meeting } },
  );
}

beforeEach(() => jest.useFakeTimers({ now: new Date('2025-11-05T10:40:00+01:00') }));
afterEach(() => jest.useRealTimers());

it('sends a save that met a 503 again in the open tab, with backoff, and says when', async () => {
  const { inner, state, services: given } = services();
  const { result } = renderDecisions(referat, given);
  await waitFor(() => expect(result.current.meeting.points.size).toBe(4));
  state.down = true;
  act(() => result.current.meeting.edit('2022-03-10#1', { owner: 'Kommunaldirektøren' }));
  await act(() => result.current.meeting.save('2022-03-10#1'));
  expect(result.current.meeting.points.get('2022-03-10#1')?.phase).toBe('pending');
  expect(result.current.stored.nextTry).toBe(Date.now() + 2_000); // the first try 2 s on

  await act(async () => void jest.advanceTimersByTime(2_000)); // still down: the wait doubles
  await waitFor(() => expect(result.current.stored.nextTry).toBe(Date.now() + 4_000));
  state.down = false;
  await act(async () => void jest.advanceTimersByTime(4_000));
  await waitFor(() => expect(result.current.meeting.points.get('2022-03-10#1')?.phase).toBe('saved'));
  expect((await inner.get('2022-03-10#1'))?.decision.owner).toBe('Kommunaldirektøren');
  expect(result.current.stored.nextTry).toBeNull();
});

it('sends at once when the browser comes back online', async () => {
  const { inner, state, services: given } = services();
  const { result } = renderDecisions(referat, given);
  await waitFor(() => expect(result.current.meeting.points.size).toBe(4));
  state.down = true;
  await act(() => result.current.meeting.save('2022-03-10#2'));
  state.down = false;
  await act(async () => void window.dispatchEvent(new Event('online')));
  await waitFor(() => expect(result.current.meeting.points.get('2022-03-10#2')?.phase).toBe('saved'));
  expect(await inner.get('2022-03-10#2')).not.toBeNull();
});

it('offers "Gem alle" only for points with decision text: none on a dagsorden', async () => {
  const { services: given } = services();
  const { result } = renderDecisions(dagsorden, given);
  await waitFor(() => expect(result.current.meeting.points.size).toBe(2));
  expect(result.current.meeting.unstored).toBe(0);
});

it('clears "4 beslutninger afventer" once the retry has put them in the list', async () => {
  const { inner, state, services: given } = services();
  const { result } = renderDecisions(referat, given);
  await waitFor(() => expect(result.current.meeting.unstored).toBe(4));
  state.down = true;
  await act(() => result.current.meeting.saveAll());
  expect(result.current.meeting.summary).toEqual({ saved: 0, pending: 4 });
  expect(result.current.stored.waiting).toBe(4); // "4 beslutninger venter på at blive sendt"
  state.down = false;
  await act(async () => void jest.advanceTimersByTime(2_000));
  await waitFor(() => expect(result.current.meeting.summary).toEqual({ saved: 4, pending: 0 }));
  expect(await inner.between('2022-03-10', '2022-03-10')).toHaveLength(4);
});

it('updates the list as read with what each save saved, and never reads every decision again', async () => {
  const { state, services: given } = services();
  const reads = jest.spyOn(given.store, 'between');
  const { result } = renderDecisions(referat, given);
  await waitFor(() => expect(result.current.meeting.points.size).toBe(4));
  expect(reads.mock.calls).toEqual([['1900-01-01', '2999-12-31']]); // the first read: every decision
  const holds = (key: string) =>
    result.current.stored.state.status === 'ready'
      ? result.current.stored.state.stored.find((each) => each.decision.key === key)?.decision.decision
      : undefined;

  act(() => result.current.meeting.edit('2022-03-10#1', { decision: 'Sekretærens tekst.' }));
  await act(() => result.current.meeting.save('2022-03-10#1'));
  expect(holds('2022-03-10#1')).toBe('Sekretærens tekst.'); // as the list answered the save

  state.down = true; // a save that waits, sent again by the timer
  await act(() => result.current.meeting.save('2022-03-10#2'));
  state.down = false;
  await act(async () => void jest.advanceTimersByTime(2_000));
  await waitFor(() => expect(holds('2022-03-10#2')).toBe('Chefforum besluttede punkt 2.'));

  await act(() => result.current.meeting.saveAll()); // points 3 and 4: the meeting is read back, no more
  expect(holds('2022-03-10#4')).toBe('Chefforum besluttede punkt 4.');
  expect(result.current.meeting.points.get('2022-03-10#4')).toMatchObject({ phase: 'saved' });
  expect(reads.mock.calls).toEqual([
    ['1900-01-01', '2999-12-31'],
    ['2022-03-10', '2022-03-10'],
  ]);
});

it('keeps typed, unsaved text when another meeting is opened and this one again', async () => {
  const { services: given } = services();
  const first = renderDecisions(referat, given);
  await waitFor(() => expect(first.result.current.meeting.points.size).toBe(4));
  act(() => first.result.current.meeting.edit('2022-03-10#3', { decision: 'Sekretærens udkast.' }));
  first.unmount(); // the archive opens another meeting: a new page
  const other = renderDecisions(dagsorden, given);
  await waitFor(() => expect(other.result.current.meeting.points.size).toBe(2));
  other.unmount();
  const again = renderDecisions(referat, given);
  await waitFor(() =>
    expect(again.result.current.meeting.points.get('2022-03-10#3')).toMatchObject({
      phase: 'unsaved',
      draft: { decision: 'Sekretærens udkast.' },
    }),
  );
});

it('keeps a write the list refused (403), never sends it again by itself, and learns the user may not write', async () => {
  const { inner, state, services: given } = services();
  const first = renderDecisions(referat, given);
  await waitFor(() => expect(first.result.current.meeting.points.size).toBe(4));
  expect(first.result.current.stored.access).toBe('unknown'); // writing is offered until evidence
  state.refuse = true;
  act(() => first.result.current.meeting.edit('2022-03-10#1', { decision: 'En chefs udkast.' }));
  await act(() => first.result.current.meeting.save('2022-03-10#1'));
  expect(first.result.current.meeting.points.get('2022-03-10#1')).toMatchObject({
    phase: 'failed',
    failure: 'forbidden',
    draft: { decision: 'En chefs udkast.' },
  });
  expect(first.result.current.stored.access).toBe('refused');
  expect(first.result.current.stored.nextTry).toBeNull(); // no retry scheduled

  // An hour of timers, the browser coming back online and a reload of the list: nothing is sent.
  const writes = state.writes;
  await act(async () => void jest.advanceTimersByTime(60 * 60_000));
  await act(async () => void window.dispatchEvent(new Event('online')));
  await act(() => first.result.current.stored.reload());
  expect(state.writes).toBe(writes);
  expect(await inner.get('2022-03-10#1')).toBeNull();
  first.unmount();

  // The next visit finds the draft kept, and the refusal with it.
  const again = renderDecisions(referat, given);
  await waitFor(() =>
    expect(again.result.current.meeting.points.get('2022-03-10#1')).toMatchObject({
      phase: 'failed',
      failure: 'forbidden',
      draft: { decision: 'En chefs udkast.' },
    }),
  );
  expect(again.result.current.stored.access).toBe('refused');
  expect(state.writes).toBe(writes);

  // Given access, the user sends it by hand once: it is saved, and the tab learns the user may write.
  state.refuse = false;
  await act(() => again.result.current.meeting.save('2022-03-10#1'));
  expect(state.writes).toBe(writes + 1);
  expect((await inner.get('2022-03-10#1'))?.decision.decision).toBe('En chefs udkast.');
  await waitFor(() => expect(again.result.current.stored.access).toBe('granted'));
});

it('drops a refused draft only when the user discards it; the refusal holds for the visit', async () => {
  const { state, services: given } = services();
  const { result } = renderDecisions(referat, given);
  await waitFor(() => expect(result.current.meeting.points.size).toBe(4));
  state.refuse = true;
  act(() => result.current.meeting.edit('2022-03-10#2', { decision: 'Kassér mig.' }));
  await act(() => result.current.meeting.save('2022-03-10#2'));
  await act(() => result.current.meeting.discard('2022-03-10#2'));
  await waitFor(() =>
    expect(result.current.meeting.points.get('2022-03-10#2')).toMatchObject({
      phase: 'unsaved',
      failure: null,
      draft: { decision: 'Chefforum besluttede punkt 2.' },
    }),
  );
  expect(await given.saver.pending()).toEqual([]);
  expect(result.current.stored.access).toBe('refused');
});

it('keeps a decision too long for the list as refused, with why, sends nothing, and still has it after a reload', async () => {
  const { inner, state, services: given } = services();
  const first = renderDecisions(referat, given);
  await waitFor(() => expect(first.result.current.meeting.points.size).toBe(4));
  const long = 'Chefforum drøftede sagen. '.repeat(2_500); // 65,000 characters: over SharePoint's 63,999
  act(() => first.result.current.meeting.edit('2022-03-10#2', { decision: long }));
  await act(() => first.result.current.meeting.save('2022-03-10#2'));
  expect(first.result.current.meeting.points.get('2022-03-10#2')).toMatchObject({
    phase: 'failed',
    failure: 'too-long',
  });
  expect(state.writes).toBe(0); // no request of 65,000 characters
  expect(await inner.get('2022-03-10#2')).toBeNull();
  first.unmount();
  const again = renderDecisions(referat, given);
  await waitFor(() =>
    expect(again.result.current.meeting.points.get('2022-03-10#2')).toMatchObject({
      phase: 'failed',
      failure: 'too-long',
      draft: { decision: long },
    }),
  );
});

it('proposes the outcomes again from decision text typed in the meeting, never over one chosen by hand', async () => {
  // Point 1 of a dagsorden (tests/fixtures/referater/dagsorden-2027-01-14.txt): no decision until the
  // secretary types it in the meeting.
  const meeting = meetingOf(
    '2027-01-14',
    [
      agendaItem({
        number: 1,
        title: 'Godkendelse af dagsorden og referat',
        decision: null,
        recommendations: [
          'at Chefforum godkender dagsordenen for dagens møde',
          'at Chefforum godkender referatet fra mødet den 10. december 2026',
        ],
      }),
    ],
    { kind: 'dagsorden' },
  );
  const { services: given } = services();
  const { result } = renderDecisions(meeting, given);
  const draft = () => result.current.meeting.points.get('2027-01-14#1')?.draft;
  await waitFor(() => expect(draft()?.outcomes).toEqual([null, null]));

  act(() => result.current.meeting.edit('2027-01-14#1', { decision: 'Godkendt.' }));
  expect(draft()?.outcomes).toEqual(['godkendt', 'godkendt']);
  // The referat written from it says what became of each recommendation.
  expect(pointDecisions(meeting, [draft()!]).byPoint.get(1)).toBe(
    'Godkendt.\n\nAd 1: godkendt. Ad 2: godkendt.',
  );

  // The secretary chooses the second by hand; text typed after changes only the first.
  act(() =>
    result.current.meeting.edit('2027-01-14#1', { outcomes: ['godkendt', 'godkendt med ændringer'] }),
  );
  act(() => result.current.meeting.edit('2027-01-14#1', { decision: 'Punktet blev udsat.' }));
  expect(draft()?.outcomes).toEqual(['udsat', 'godkendt med ændringer']);
  // Even a choice of "Ikke angivet" is hers.
  act(() => result.current.meeting.edit('2027-01-14#1', { outcomes: [null, 'godkendt med ændringer'] }));
  act(() => result.current.meeting.edit('2027-01-14#1', { decision: 'Dagsorden og referat godkendt.' }));
  expect(draft()?.outcomes).toEqual([null, 'godkendt med ændringer']);
  // And one she chose that the text also proposes: tracked as hers, not taken for a proposal.
  act(() =>
    result.current.meeting.edit('2027-01-14#1', { outcomes: ['godkendt', 'godkendt med ændringer'] }),
  );
  act(() => result.current.meeting.edit('2027-01-14#1', { decision: 'Punktet blev udsat.' }));
  expect(draft()?.outcomes).toEqual(['godkendt', 'godkendt med ændringer']);
});
