/** @jest-environment jsdom */
// Issue #21 item 10: on the meeting's day the secretary (a team owner) starts the meeting from the
// channel's tab and so leads it; anyone else is told who starts it and where, never left with "Mødet er
// ikke begyndt." beside a "Nu" badge and no reason.
import { fireEvent, render, screen } from '@testing-library/react';
import type { Standing } from '../../../domain/meetingProgress/meetingProgress';
import { memoryMeetingProgressStore } from '../../../domain/meetingProgress/memoryMeetingProgressStore';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { da } from '../../../strings/da';
import { MeetingProgressBar } from './MeetingProgressBar';
import type { MeetingProgressServices } from './progressServices';
import { useMeetingProgress } from './useMeetingProgress';

const meeting = meetingOf('2027-01-14', [
  agendaItem({ number: 1, title: 'Godkendelse', timeslot: { start: '09:00', end: '09:05' } }),
  agendaItem({ number: 2, title: 'Budget', timeslot: { start: '09:05', end: '09:35' } }),
]);
const now = () => new Date(2027, 0, 14, 9, 10); // local time, as the tab reads it: point 2's slot

function Bar({ services }: { services: MeetingProgressServices }) {
  const live = useMeetingProgress(services, meeting.date);
  return <MeetingProgressBar meeting={meeting} live={live} now={now} strings={da} />;
}

const servicesOf = (standing: Standing): MeetingProgressServices => ({
  store: memoryMeetingProgressStore(),
  me: { id: 'secretary-id', name: 'Sekretæren' },
  standing: async () => Promise.resolve(standing),
  pollMs: 60_000,
});

it('lets a team owner start the meeting from the channel tab, and says she then leads it', async () => {
  const services = servicesOf('owner');
  render(<Bar services={services} />);
  const start = await screen.findByRole('button', { name: da.progress.start });
  expect(screen.getByText(`${da.progress.scheduled(2)} ${da.progress.youStart}`)).toBeTruthy();
  fireEvent.click(start);
  await screen.findByText(da.progress.ledBy('Sekretæren'));
  expect(screen.getByText(da.progress.current(1, 'Godkendelse'))).toBeTruthy();
  expect((await services.store.read(meeting.date))?.progress.leader?.id).toBe('secretary-id');
  expect(screen.getByRole('button').textContent).toBe(da.progress.next);
});

it('tells a chief in the channel who starts the meeting and where, with no button', async () => {
  const services = servicesOf('participant');
  render(<Bar services={services} />);
  await screen.findByText(`${da.progress.scheduled(2)} ${da.progress.whoStarts}`);
  expect(screen.getByText(da.progress.notStarted)).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});
