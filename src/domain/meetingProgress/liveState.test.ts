// The meeting under way as a table of events: each row starts from a named state, applies events, and
// says what the panel then shows (point, leader, failure, busy) and what it asks of the store.
import type { StoredProgress } from '../ports';
import { runProgressCommand } from './liveEffects';
import { initialLive, type LiveEvent, type LiveState, MAX_ATTEMPTS, reduceLive } from './liveState';
import { advance, notStarted, takeOver } from './meetingProgress';
import { memoryMeetingProgressStore } from './memoryMeetingProgressStore';

const DATE = '2027-01-14';
const order = { items: [{ number: 1 }, { number: 2 }, { number: 3 }] };
const secretary = { id: 's', name: 'Sekretæren' };
const director = { id: 'd', name: 'Direktøren' };

const atOne = advance(order, notStarted(DATE), null, 'T09:00', secretary);
const atTwo = advance(order, atOne, 1, 'T09:10', secretary);
const stored = (progress = atOne, version = 'v1'): StoredProgress => ({ progress, version });

const reading = (state: LiveState, progress = atOne, version = 'v1') =>
  reduceLive(state, { type: 'read', stored: stored(progress, version), at: 1 });
const start = initialLive(DATE);
const atOneRead = reading(start);
const moving = reduceLive(atOneRead, { type: 'advance', order, at: 'T09:10', leader: secretary });
const serial = moving.command!.serial;

/** What the panel shows and asks for. */
const view = (state: LiveState) => ({
  current: state.stored?.progress.current ?? null,
  leader: state.stored?.progress.leader?.name ?? null,
  failed: state.failed,
  busy: state.change !== null,
  asks: state.command && {
    kind: state.command.kind,
    ...(state.command.kind === 'write'
      ? { current: state.command.next.current, replaces: state.command.replaces }
      : {}),
  },
});

/** Point 1 shown, point 2 being written over the version read. */
const WRITING_TWO: ReturnType<typeof view> = {
  current: 1,
  leader: 'Sekretæren',
  failed: null,
  busy: true,
  asks: { kind: 'write', current: 2, replaces: 'v1' },
};

const run = (state: LiveState, events: LiveEvent[]) => events.reduce(reduceLive, state);

it.each<[string, LiveState, LiveEvent[], ReturnType<typeof view>]>([
  [
    'a first read lands on the current point',
    start,
    [{ type: 'read', stored: stored(), at: 1 }],
    {
      current: 1,
      leader: 'Sekretæren',
      failed: null,
      busy: false,
      asks: null,
    },
  ],
  [
    'nothing stored yet: not started',
    start,
    [{ type: 'read', stored: null, at: 1 }],
    {
      current: null,
      leader: null,
      failed: null,
      busy: false,
      asks: null,
    },
  ],
  [
    'a failed read keeps the last known point and says so',
    atOneRead,
    [{ type: 'read-failed' }],
    {
      current: 1,
      leader: 'Sekretæren',
      failed: 'read',
      busy: false,
      asks: null,
    },
  ],
  [
    'a read after a failed one clears it',
    atOneRead,
    [{ type: 'read-failed' }, { type: 'read', stored: stored(), at: 2 }],
    {
      current: 1,
      leader: 'Sekretæren',
      failed: null,
      busy: false,
      asks: null,
    },
  ],
  [
    'start: asks to create the progress',
    start,
    [{ type: 'advance', order, at: 'T09:00', leader: secretary }],
    {
      current: null,
      leader: null,
      failed: null,
      busy: true,
      asks: { kind: 'write', current: 1, replaces: null },
    },
  ],
  [
    'advance: asks to write the next point over the version read',
    atOneRead,
    [{ type: 'advance', order, at: 'T', leader: secretary }],
    WRITING_TWO,
  ],
  [
    'a double click while writing asks nothing more',
    moving,
    [{ type: 'advance', order, at: 'T', leader: secretary }],
    WRITING_TWO,
  ],
  [
    'write acknowledged: shows what was written',
    moving,
    [{ type: 'written', serial, stored: stored(atTwo, 'v2'), at: 3 }],
    {
      current: 2,
      leader: 'Sekretæren',
      failed: null,
      busy: false,
      asks: null,
    },
  ],
  [
    'write failed: keeps the point read and says so',
    moving,
    [{ type: 'write-failed', serial }],
    {
      current: 1,
      leader: 'Sekretæren',
      failed: 'write',
      busy: false,
      asks: null,
    },
  ],
  [
    'write conflicted (412): asks to read again',
    moving,
    [{ type: 'conflicted', serial }],
    {
      current: 1,
      leader: 'Sekretæren',
      failed: null,
      busy: true,
      asks: { kind: 'reread' },
    },
  ],
  [
    'someone else advanced meanwhile: re-read shows it, nothing is written (no point skipped)',
    moving,
    [
      { type: 'conflicted', serial },
      { type: 'reread', serial: serial + 1, stored: stored(atTwo, 'v2'), at: 4 },
    ],
    {
      current: 2,
      leader: 'Sekretæren',
      failed: null,
      busy: false,
      asks: null,
    },
  ],
  [
    'someone took over meanwhile (same point): the change is applied again over the new version',
    moving,
    [
      { type: 'conflicted', serial },
      { type: 'reread', serial: serial + 1, stored: stored(takeOver(atOne, director), 'v2'), at: 4 },
    ],
    {
      current: 1,
      leader: 'Direktøren',
      failed: null,
      busy: true,
      asks: { kind: 'write', current: 2, replaces: 'v2' },
    },
  ],
  [
    'someone else advanced, read by the poll: the panel follows',
    atOneRead,
    [{ type: 'read', stored: stored(atTwo, 'v2'), at: 5 }],
    {
      current: 2,
      leader: 'Sekretæren',
      failed: null,
      busy: false,
      asks: null,
    },
  ],
  [
    'an answer to an older ask is ignored',
    moving,
    [{ type: 'written', serial: serial - 1, stored: stored(atTwo, 'v9'), at: 3 }],
    WRITING_TWO,
  ],
  [
    'take over: asks to write the same point, led by the new leader',
    atOneRead,
    [{ type: 'take-over', leader: director }],
    {
      current: 1,
      leader: 'Sekretæren',
      failed: null,
      busy: true,
      asks: { kind: 'write', current: 1, replaces: 'v1' },
    },
  ],
  [
    'another meeting on screen starts afresh',
    moving,
    [{ type: 'reset', meetingDate: '2027-02-11' }],
    {
      current: null,
      leader: null,
      failed: null,
      busy: false,
      asks: null,
    },
  ],
])('%s', (_name, from, events, expected) => {
  expect(view(run(from, events))).toEqual(expected);
});

it(`stops applying the change again after ${MAX_ATTEMPTS} conflicts in a row`, () => {
  let state = moving;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const asked = state.command!.serial;
    state = reduceLive(state, { type: 'conflicted', serial: asked });
    const led = takeOver(atOne, attempt % 2 ? director : secretary);
    state = reduceLive(state, {
      type: 'reread',
      serial: asked + 1,
      stored: stored(led, `v${attempt + 1}`),
      at: 1,
    });
  }
  expect(view(state)).toMatchObject({ busy: false, asks: null, current: 1 });
});

describe('the effects against the store twin', () => {
  it('a write over a stale version answers conflicted, the re-read then what is stored', async () => {
    const store = memoryMeetingProgressStore();
    const first = await store.write(atOne, null);
    await store.write(atTwo, first.version);
    const asked = { kind: 'write', serial: 7, next: atTwo, replaces: first.version } as const;
    expect(await runProgressCommand(store, DATE, asked, () => 9)).toEqual({ type: 'conflicted', serial: 7 });
    const reread = await runProgressCommand(store, DATE, { kind: 'reread', serial: 8 }, () => 9);
    expect(reread).toMatchObject({ type: 'reread', serial: 8, at: 9, stored: { progress: { current: 2 } } });
  });

  it('a write the store refuses otherwise answers write-failed', async () => {
    const store = { read: jest.fn(), write: jest.fn().mockRejectedValue(new Error('offline')) };
    const asked = { kind: 'write', serial: 1, next: atOne, replaces: null } as const;
    expect(await runProgressCommand(store, DATE, asked, () => 0)).toEqual({
      type: 'write-failed',
      serial: 1,
    });
  });
});
