import { forumDay, mayWriteReferat } from './referatDay';

describe('the referat is written from the meeting’s day on, in Copenhagen', () => {
  it.each([
    ['five weeks ahead', '2027-01-14', '2026-12-10T10:00:00Z', false],
    ['the evening before, in Copenhagen', '2027-01-14', '2027-01-13T22:59:00Z', false],
    ['midnight in Copenhagen, still the 13th in UTC', '2027-01-14', '2027-01-13T23:00:00Z', true],
    ['on the day', '2027-01-14', '2027-01-14T12:00:00Z', true],
    ['the day after', '2027-01-14', '2027-01-15T08:00:00Z', true],
    [
      'summer time: 00:30 in Copenhagen is 22:30 UTC the day before',
      '2026-06-11',
      '2026-06-10T22:30:00Z',
      true,
    ],
    ['summer time: 23:30 in Copenhagen the day before', '2026-06-11', '2026-06-10T21:30:00Z', false],
    ['a meeting with no date read', '', '2026-06-10T21:30:00Z', true],
  ])('%s', (_, meetingDate, now, may) => {
    expect(mayWriteReferat(meetingDate, new Date(now))).toBe(may);
  });

  it('names the day in Copenhagen', () => {
    expect(forumDay(new Date('2027-01-13T23:30:00Z'))).toBe('2027-01-14');
  });
});
