// What Opfølgning lists: only what someone must still do. Samples from the seeded referater
// (tests/fixtures/referater) and the rule for old, untouched decisions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReferat } from '../referat/parseReferat';
import { recordedDecision } from '../testing/decisionBuilders';
import { type Decision, decisionsOf } from './decision';
import { followUpNeed, type FollowUpNeed, monthsBefore } from './followUpNeed';
import { ALL_OPEN, followUps, isOverdue } from './followUps';

const decision = (patch: Partial<Decision>): Decision =>
  recordedDecision('2026-10-01', 2, { title: 'Klimaplan', ...patch });

describe('what a decision asks of the forum', () => {
  const today = '2026-11-25';
  it.each<[string, Partial<Decision>, FollowUpNeed]>([
    [
      'approving the agenda is done when decided',
      { title: 'Godkendelse af dagsorden og referat', decision: 'Dagsorden og referat blev godkendt.' },
      'done-when-decided',
    ],
    ['"intet under eventuelt"', { title: 'Evt.', decision: 'Intet under eventuelt.' }, 'done-when-decided'],
    [
      'information under eventuelt',
      { title: 'Eventuelt', decision: 'Kommunaldirektøren orienterede om chefseminaret.' },
      'done-when-decided',
    ],
    [
      'a report taken to note',
      {
        recommendations: ['at Chefforum tager orienteringen til efterretning'],
        outcomes: ['taget til efterretning'],
        decision: 'Chefforum tog orienteringen til efterretning.',
      },
      'done-when-decided',
    ],
    [
      'a discussion, with no one named to act',
      { recommendations: ['at Chefforum drøfter udkastet'], outcomes: ['drøftet'] },
      'done-when-decided',
    ],
    [
      'a report taken to note that names who acts',
      {
        recommendations: ['at Chefforum tager status til efterretning'],
        outcomes: ['taget til efterretning'],
        owner: 'Chefen for Miljø & Teknik',
      },
      'to-do',
    ],
    [
      'a report taken to note with a deadline',
      { outcomes: ['taget til efterretning'], recommendations: ['x'], deadline: '2026-12-15' },
      'to-do',
    ],
    ['an approval with work to do', { outcomes: ['godkendt'], recommendations: ['x'] }, 'to-do'],
    ['marked Afsluttet', { status: 'Afsluttet' }, 'closed'],
    [
      'an agenda approval someone marked Gul is followed up',
      { title: 'Godkendelse af dagsorden', status: 'Gul' },
      'to-do',
    ],
    ['Grøn from a meeting 13 months ago', { meetingDate: '2025-10-24' }, 'lapsed'],
    ['Grøn from a meeting just under a year ago', { meetingDate: '2025-11-25' }, 'to-do'],
    ['Grøn from 2015, overdue since', { meetingDate: '2015-04-23', deadline: '2015-06-01' }, 'lapsed'],
    [
      'an old one with a deadline still ahead',
      { meetingDate: '2024-01-10', deadline: '2027-01-01' },
      'to-do',
    ],
    [
      'Grøn from a meeting 14 months ago, its deadline passed last month',
      { meetingDate: '2025-09-10', deadline: '2026-10-15' },
      'to-do',
    ],
    ['an old one marked Rød', { meetingDate: '2015-04-23', status: 'Rød' }, 'to-do'],
  ])('%s → %s', (_name, patch, need) => {
    expect(followUpNeed(decision(patch), today)).toBe(need);
  });

  it('does not call a lapsed decision overdue', () => {
    expect(isOverdue(decision({ meetingDate: '2015-04-23', deadline: '2015-06-01' }), today)).toBe(false);
    expect(isOverdue(decision({ meetingDate: '2026-09-01', deadline: '2026-10-01' }), today)).toBe(true);
    // Grøn, the meeting more than a year ago, the deadline passed recently: "Overskredet".
    expect(isOverdue(decision({ meetingDate: '2025-09-10', deadline: '2026-10-15' }), today)).toBe(true);
  });

  it.each([
    ['2026-11-25', 12, '2025-11-25'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2023-02-28'],
    ['2026-01-15', 13, '2024-12-15'],
  ])('%s less %i months is %s', (iso, months, expected) => {
    expect(monthsBefore(iso, months)).toBe(expected);
  });
});

describe('Opfølgning on the seeded library (dev/emulator/seed.ts), the day after each meeting', () => {
  const fixtures = path.resolve(__dirname, '../../../tests/fixtures/referater');
  const seeded = ['referat-2015-04-23', 'referat-2022-03-10', 'referat-2023-06-15'];
  it.each(seeded)('%s lists no agenda approval, nothing noted and nothing under Evt.', (name) => {
    const meeting = parseReferat(readFileSync(path.join(fixtures, `${name}.txt`), 'utf8'));
    const stored = decisionsOf(meeting, null); // as "Gem alle" or `referat import` stores them
    const listed = followUps(stored, ALL_OPEN, meeting.date);
    expect(listed.length).toBeGreaterThan(0);
    for (const each of listed) {
      expect(each.title).not.toMatch(/^godkendelse af dagsorden|^evt/i);
      expect(each.decision).not.toMatch(/^(Chefforum tog \w+ til efterretning\.|Intet under eventuelt\.)$/);
    }
    expect(listed.length).toBeLessThan(stored.length);
  });

  it('lists nothing of 2015 as open in 2026', () => {
    const meeting = parseReferat(readFileSync(path.join(fixtures, 'referat-2015-04-23.txt'), 'utf8'));
    expect(followUps(decisionsOf(meeting, null), ALL_OPEN, '2026-12-01')).toEqual([]);
  });
});
