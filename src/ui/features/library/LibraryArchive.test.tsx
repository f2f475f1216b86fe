/** @jest-environment jsdom */
// The archive lists a meeting once, however many documents hold it: the original referat and the one
// the app wrote of the same meeting are one entry that names both documents (by kind and type: a file
// name can hold an ISO date, which the tab never shows).
import { render, screen, within } from '@testing-library/react';
import type { Library, LibraryEntry } from '../../../app/loadLibrary';
import { indexMeeting } from '../../../domain/library/searchIndex';
import type { Meeting } from '../../../domain/meeting';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { da } from '../../../strings/da';
import { LibraryPage } from './LibraryPage';

const referat = meetingOf('2023-06-15', [agendaItem({ number: 1, title: 'Budget' })], { kind: 'referat' });
const earlier = meetingOf('2023-05-25', [agendaItem({ number: 1, title: 'Klimaplan' })], { kind: 'referat' });
const entry = (id: string, name: string, meeting: Meeting): LibraryEntry => ({
  document: { id, name, eTag: id, webUrl: `https://x/${id}`, lastModifiedDateTime: '2023-06-16T10:00:00Z' },
  meeting,
  index: indexMeeting(meeting),
});
const library: Library = {
  entries: [
    entry('d1', 'referat-2023-06-15.pdf', referat),
    entry('d2', 'Referat Chefforum 15-06-2023.docx', referat),
    entry('d3', 'referat-2023-05-25.pdf', earlier),
  ],
  attachments: [],
  total: 3,
  read: 3,
};

it("shows the app's referat and the original of a meeting as one entry naming both documents", async () => {
  render(
    <LibraryPage
      load={async () => library}
      strings={da}
      language="da"
      place={{ meeting: '2023-06-15', point: null }}
      href={() => '#'}
      now={() => new Date(2023, 5, 20)}
    />,
  );
  const archive = await screen.findByRole('complementary', { name: 'Arkiv' });
  const year = within(archive).getByRole('region', { name: '2023' });
  const entries = within(year).getAllByRole('listitem');
  expect(entries.map((each) => within(each).getByRole('link').textContent)).toEqual([
    'Referat torsdag 15. juni 2023',
    'Referat torsdag 25. maj 2023',
  ]);
  expect(entries[0]!.textContent).toContain('Dokumenter: Referat (PDF), Referat (Word)');
  expect(entries[1]!.textContent).toContain('Dokument: Referat (PDF)');
  expect(within(entries[0]!).getByRole('link').getAttribute('aria-current')).toBe('page');
});

it('names the search box\'s clear button in Danish (Fluent says "clear")', async () => {
  render(
    <LibraryPage
      load={async () => library}
      strings={da}
      language="da"
      place={{ meeting: null, point: null, query: 'Budget' }}
      href={() => '#'}
      now={() => new Date(2023, 5, 20)}
    />,
  );
  const archive = await screen.findByRole('complementary', { name: 'Arkiv' });
  const labels = [...archive.querySelectorAll('[aria-label]')].map((each) => each.getAttribute('aria-label'));
  expect(labels).toContain(da.searchClear);
  expect(labels.filter((label) => /\b(clear|open|close|dismiss)\b/i.test(label ?? ''))).toEqual([]);
});
