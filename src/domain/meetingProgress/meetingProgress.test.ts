// The meeting's progress and how late it runs, on the seed's agenda of 14 January 2027 (kl. 09:00;
// point 1 and 5 without a timeslot, 2 at 9.05-9.35, 3 closed, 4 at 9:50-10:20).
import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import {
  advance,
  canLead,
  nextPointNumber,
  notStarted,
  progressFromJson,
  progressToJson,
  takeOver,
} from './meetingProgress';
import { memoryMeetingProgressStore } from './memoryMeetingProgressStore';
import { clockOf, minutesOf, plannedSchedule, runningLate } from './runningLate';

const meeting = meetingOf(
  '2027-01-14',
  [
    agendaItem({ number: 1, timeslot: null }),
    agendaItem({ number: 2, timeslot: { start: '09:05', end: '09:35' } }),
    agendaItem({ number: 3, timeslot: null, closed: true }),
    agendaItem({ number: 4, timeslot: { start: '09:50', end: '10:20' } }),
    agendaItem({ number: 5, timeslot: null }),
  ],
  { start: '09:00' },
);
const secretary = { id: 'sec', name: 'Sekretær' };
const director = { id: 'dir', name: 'Direktør' };

describe('moving the meeting on', () => {
  it('starts at the first point, then ends each point as the next starts, and ends after the last', () => {
    let progress = notStarted('2027-01-14');
    const times = ['T09:00', 'T09:17', 'T09:48', 'T09:55', 'T10:30', 'T10:40'];
    for (const time of times) progress = advance(meeting, progress, progress.current, time, secretary);
    expect(progress.ended).toBe(true);
    expect(progress.current).toBeNull();
    expect(progress.runs).toEqual([
      { number: 1, startedAt: 'T09:00', endedAt: 'T09:17' },
      { number: 2, startedAt: 'T09:17', endedAt: 'T09:48' },
      { number: 3, startedAt: 'T09:48', endedAt: 'T09:55' },
      { number: 4, startedAt: 'T09:55', endedAt: 'T10:30' },
      { number: 5, startedAt: 'T10:30', endedAt: 'T10:40' },
    ]);
    expect(nextPointNumber(meeting, progress)).toBeNull();
  });

  it('steps over a closed heading that repeats a number, and never comes back to it', () => {
    const repeated = meetingOf('2027-01-14', [
      agendaItem({ number: 3 }),
      agendaItem({ number: 3, closed: true }),
      agendaItem({ number: 4 }),
    ]);
    const atThree = { ...notStarted('2027-01-14'), current: 3 };
    expect(nextPointNumber(repeated, atThree)).toBe(4);
    expect(nextPointNumber(repeated, { ...atThree, current: 4 })).toBeNull();
  });

  it('does nothing when the meeting moved since the leader looked (no point is skipped)', () => {
    const atOne = advance(meeting, notStarted('2027-01-14'), null, 'T09:00', secretary);
    expect(advance(meeting, atOne, null, 'T09:01', director)).toBe(atOne);
  });

  it('lets the organizer lead, and whoever took over; the point stays where it was', () => {
    const atTwo = advance(
      meeting,
      advance(meeting, notStarted('d'), null, 'a', secretary),
      1,
      'b',
      secretary,
    );
    expect(canLead(atTwo, director.id, 'participant')).toBe(false);
    const taken = takeOver(atTwo, director);
    expect(taken.current).toBe(2);
    expect(canLead(taken, director.id, 'participant')).toBe(true);
    expect(canLead(taken, secretary.id, 'organizer')).toBe(true);
  });

  // The channel's tab: a team owner (the secretary) starts the meeting there and so leads it; once
  // someone leads, an owner takes over as anyone else does; a participant never starts it.
  const started = advance(meeting, notStarted('d'), null, 'a', director);
  it.each([
    ['an owner, before anyone leads', notStarted('d'), 'owner', true],
    ['a participant, before anyone leads', notStarted('d'), 'participant', false],
    ['the organizer, before anyone leads', notStarted('d'), 'organizer', true],
    ['an owner, once another leads', started, 'owner', false],
    ['an owner, once the meeting ended', { ...notStarted('d'), ended: true }, 'owner', false],
  ] as const)('who may lead: %s', (_name, progress, standing, expected) => {
    expect(canLead(progress, secretary.id, standing)).toBe(expected);
  });

  it.each([['not json'], ['{"current":"2"}'], [42], ['{"runs":[{"number":"x"}]}']])(
    'reads unreadable stored text %p as not started, never a crash',
    (text) => {
      const progress = progressFromJson('2027-01-14', text);
      expect(progress.current).toBeNull();
      expect(progress.runs).toEqual([]);
    },
  );

  it('round-trips through its stored text', () => {
    const progress = advance(meeting, notStarted('2027-01-14'), null, '2027-01-14T08:00:00.000Z', secretary);
    expect(progressFromJson('2027-01-14', progressToJson(progress))).toEqual(progress);
  });
});

describe('how late the meeting runs', () => {
  const schedule = plannedSchedule(meeting);

  it('plans untimed points between their neighbours, from the meeting start', () => {
    expect(schedule.map((slot) => [slot.number, clockOf(slot.start), clockOf(slot.end)])).toEqual([
      [1, '09:00', '09:05'],
      [2, '09:05', '09:35'],
      [3, '09:35', '09:50'],
      [4, '09:50', '10:20'],
      [5, '10:20', '10:20'],
    ]);
  });

  it.each([
    // point, started, now → figure
    [2, '09:17', '09:20', { status: 'late', minutes: 12, projectedEnd: minutesOf('10:32') }],
    [2, '09:05', '09:10', { status: 'on-time', projectedEnd: minutesOf('10:20') }],
    [2, '09:00', '09:10', { status: 'on-time', projectedEnd: minutesOf('10:20') }],
    // the point overran its own slot: now, not its start, says how late
    [2, '09:05', '09:45', { status: 'late', minutes: 10, projectedEnd: minutesOf('10:30') }],
    [4, '10:02', '10:03', { status: 'late', minutes: 12, projectedEnd: minutesOf('10:32') }],
  ])('point %p started %s, at %s', (number, started, now, expected) => {
    const current = { number, startedAt: minutesOf(started)! };
    expect(runningLate(schedule, current, minutesOf(now)!)).toEqual(expected);
  });

  it('knows nothing before the meeting starts or for a point outside the plan', () => {
    expect(runningLate(schedule, null, 540)).toEqual({ status: 'unknown' });
    expect(runningLate(schedule, { number: 9, startedAt: 540 }, 540)).toEqual({ status: 'unknown' });
    expect(runningLate([], { number: 1, startedAt: 540 }, 540)).toEqual({ status: 'unknown' });
  });
});

describe('the in-memory store', () => {
  it('refuses a write that replaces a version no longer stored', async () => {
    const store = memoryMeetingProgressStore();
    const first = await store.write(notStarted('d'), null);
    await store.write(takeOver(first.progress, director), first.version);
    await expect(store.write(takeOver(first.progress, secretary), first.version)).rejects.toMatchObject({
      failure: { code: 'precondition-failed' },
    });
    await expect(store.write(notStarted('d'), null)).rejects.toMatchObject({
      failure: { code: 'precondition-failed' },
    });
  });
});
