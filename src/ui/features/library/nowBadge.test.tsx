/** @jest-environment jsdom */
// The "Nu" badge follows the clock in a tab left open: no reload, only time passing.
import { act, render, screen } from '@testing-library/react';
import type { Library } from '../../../app/loadLibrary';
import { indexMeeting } from '../../../domain/library/searchIndex';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { CLOCK_TICK_MS } from '../../app/useClock';
import { da } from '../../../strings/da';
import { LibraryPage } from './LibraryPage';

const meeting = meetingOf(
  '2026-11-12',
  [
    agendaItem({ number: 1, title: 'Budget', timeslot: { start: '09:00', end: '09:30' } }),
    agendaItem({ number: 2, title: 'Klimaplan', timeslot: { start: '09:30', end: '10:00' } }),
  ],
  { kind: 'dagsorden' },
);
const library: Library = {
  entries: [
    {
      document: { id: 'd1', name: 'dagsorden.docx', webUrl: 'https://x/d1', size: 1 } as never,
      meeting,
      index: indexMeeting(meeting),
    },
  ],
  attachments: [],
  total: 1,
  read: 1,
};

afterEach(() => jest.useRealTimers());

it('moves "Nu" to the next point when its timeslot begins, without a reload', async () => {
  jest.useFakeTimers({ now: new Date(2026, 10, 12, 9, 29, 50) }); // local time, as the tab reads it
  render(
    <LibraryPage
      load={async () => library}
      strings={da}
      language="da"
      place={{ meeting: null, point: null }}
      href={() => '#'}
      now={() => new Date()}
    />,
  );
  const nowIn = async () =>
    (await screen.findAllByRole('heading', { level: 2 }))
      .filter((heading) => heading.textContent?.includes('Nu'))
      .map((heading) => heading.textContent?.slice(0, 8));
  expect(await nowIn()).toEqual(['Punkt 1:']);
  await act(async () => {
    jest.advanceTimersByTime(CLOCK_TICK_MS);
  });
  expect(await nowIn()).toEqual(['Punkt 2:']);
});
