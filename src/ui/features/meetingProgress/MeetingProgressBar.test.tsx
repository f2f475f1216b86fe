/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { notStarted } from '../../../domain/meetingProgress/meetingProgress';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { da } from '../../../strings/da';
import { MeetingProgressBar } from './MeetingProgressBar';
import type { LiveProgress } from './useMeetingProgress';

const live = (current: number): LiveProgress => ({
  following: true,
  progress: {
    ...notStarted('2027-01-14'),
    current,
    runs: [{ number: current, startedAt: '', endedAt: null }],
  },
  canLead: true,
  failed: null,
  busy: false,
  readAt: 0,
  moveOn: () => undefined,
  takeOver: () => undefined,
});

describe('MeetingProgressBar', () => {
  it('names the open point under way, not a closed heading before it that repeats its number', () => {
    const meeting = meetingOf('2027-01-14', [
      agendaItem({ number: 3, title: 'Lukket', closed: true }),
      agendaItem({ number: 3, title: 'Budget' }),
      agendaItem({ number: 4, title: 'Evt.' }),
    ]);
    render(
      <MeetingProgressBar
        meeting={meeting}
        live={live(3)}
        now={() => new Date(2027, 0, 14, 9)}
        strings={da}
      />,
    );
    expect(screen.getByText(da.progress.current(3, 'Budget'))).toBeTruthy();
    expect(screen.getByRole('button').textContent).toBe(da.progress.next);
  });
});
