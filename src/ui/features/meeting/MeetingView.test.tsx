/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { AgendaItem } from '../../../domain/meeting';
import { agendaItem, meetingOf } from '../../../domain/testing/meetingBuilders';
import { da } from '../../../strings/da';
import { en } from '../../../strings/en';
import { MeetingView } from './MeetingView';

const point = (overrides: Partial<AgendaItem>) => agendaItem({ title: 'Budgetaftale 2021', ...overrides });

const meeting = (items: AgendaItem[]) =>
  meetingOf('2020-10-08', items, {
    start: '09:00',
    location: 'Mødelokale 1',
    absent: ['Chefen for Dagtilbud'],
  });

describe('MeetingView', () => {
  it('shows the header in Danish and each point with its timeslot, presenter and case number', () => {
    render(
      <MeetingView
        strings={da}
        language="da"
        meeting={meeting([
          point({
            number: 3,
            title: 'Mit personlige ledelsesgrundlag',
            presenter: 'Chefen for Kultur & Fritid',
            timeslot: { start: '09:30', end: '10:00' },
            caseNumber: '00.01.00-A21-9-19',
          }),
        ])}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Referat Chefforum');
    expect(screen.getByText('torsdag 8. oktober 2020 kl. 09:00 · Mødested: Mødelokale 1')).toBeTruthy();
    expect(screen.getByText('Deltog ikke: Chefen for Dagtilbud')).toBeTruthy();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain('Punkt 3: Mit personlige ledelsesgrundlag');
    expect(heading.textContent).toContain(
      '09:30–10:00 · v. Chefen for Kultur & Fritid · Sagsnr. 00.01.00-A21-9-19',
    );
  });

  it('shows a closed point as "Lukket" with its case number and nothing else', () => {
    render(
      <MeetingView
        strings={da}
        language="da"
        meeting={meeting([point({ number: 2, title: 'Lukket', closed: true, caseNumber: '13/15155' })])}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Punkt 2: LukketSagsnr. 13/15155');
  });

  it('opens a closed point to a panel that says why it is closed, not an empty one', () => {
    render(
      <MeetingView
        strings={da}
        language="da"
        openPoint={2}
        meeting={meeting([point({ number: 2, closed: true, caseNumber: '13/15155', decision: 'Hemmeligt' })])}
      />,
    );
    expect(screen.getByText(/^Punktet er lukket: det behandles for lukkede døre/)).toBeTruthy();
    expect(screen.queryByText('Hemmeligt')).toBeNull();
  });

  it('scrolls the point a link opens into view', () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    try {
      render(
        <MeetingView
          strings={da}
          language="da"
          openPoint={3}
          meeting={meeting([point({ number: 1 }), point({ number: 3 })])}
        />,
      );
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    expect(scrolled).toEqual(['punkt-3']);
  });

  it('opens the open point a link names when a closed heading repeats its number, and the closed one apart', () => {
    render(
      <MeetingView
        strings={da}
        language="da"
        openPoint={3}
        meeting={meeting([
          point({ number: 3, title: 'Lukket', closed: true }),
          point({ number: 3, title: 'Budget', decision: 'Godkendt.' }),
        ])}
      />,
    );
    const [closed, open] = screen.getAllByRole('button', { name: /^Punkt 3/ });
    expect(open!.getAttribute('aria-expanded')).toBe('true');
    expect(closed!.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelectorAll('#punkt-3')).toHaveLength(1);
    fireEvent.click(closed!);
    expect(closed!.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Godkendt.')).toBeTruthy();
  });

  it('renders document text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.hacked=1"> <script>window.hacked=1</script>';
    const { container } = render(
      <MeetingView
        strings={da}
        language="da"
        meeting={meeting([
          point({
            title: hostile,
            decision: hostile,
            sections: [{ kind: 'occasion', heading: 'Anledning', text: hostile }],
          }),
        ])}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(hostile);
  });

  it('renders lists in sections and decisions as lists, and the recommendations in order', () => {
    render(
      <MeetingView
        strings={da}
        language="da"
        meeting={meeting([
          point({
            sections: [
              {
                kind: 'description',
                heading: 'Sagsfremstilling',
                text: 'Formål\n\n- Vi tør\n- Vi blander os',
              },
            ],
            recommendedBy: 'Kommunaldirektøren',
            recommendations: ['at Chefforum drøfter sporene', 'at Chefforum godkender strukturen'],
            decision: 'Godkendt:\n\n1. Spor et\n2. Spor to',
            attachments: ['Årshjul 2014'],
          }),
        ])}
      />,
    );
    expect(screen.queryAllByRole('list')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Punkt 1: Budgetaftale 2021/ }));
    const lists = screen.getAllByRole('list');
    expect(
      lists.map((list) =>
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ),
    ).toEqual([
      ['Vi tør', 'Vi blander os'],
      ['at Chefforum drøfter sporene', 'at Chefforum godkender strukturen'],
      ['Spor et', 'Spor to'],
      ['Årshjul 2014'],
    ]);
  });

  it('shows the case history: earlier points, then where the case went next under "Senere behandlet"', () => {
    const step = (date: string, number: number, title: string, decision: string | null) => ({
      date,
      number,
      title,
      decision,
    });
    render(
      <MeetingView
        strings={da}
        language="da"
        openPoint={1}
        meeting={meeting([point({ caseNumber: '09.00.00-A00-1-21', title: 'Klimaplan: status' })])}
        links={{ pointHref: (date, number) => `?meeting=${date}&point=${number}` }}
        history={{
          of: () => ({
            earlier: [step('2020-01-09', 4, 'Klimaplan', 'Godkendt.')],
            later: [step('2022-03-10', 3, 'Klimaplan: opfølgning', 'Taget til efterretning.')],
          }),
        }}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Sagens forløb' })).toBeTruthy();
    const later = screen.getByRole('heading', { level: 4, name: 'Senere behandlet' });
    const [earlierList, laterList] = screen.getAllByRole('list');
    expect(earlierList!.textContent).toBe('9. januar 2020, punkt 4: Klimaplan – Godkendt.');
    expect(laterList!.textContent).toBe(
      '10. marts 2022, punkt 3: Klimaplan: opfølgning – Taget til efterretning.',
    );
    expect(later.compareDocumentPosition(laterList!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(laterList!).getByRole('link').getAttribute('href')).toBe('?meeting=2022-03-10&point=3');
  });
});

describe('MeetingView in English', () => {
  it("says the app's words in English and leaves the document's as written", () => {
    render(
      <MeetingView
        strings={en}
        language="en"
        openPoint={1}
        meeting={meeting([
          point({
            number: 1,
            recommendedBy: 'Kommunaldirektøren',
            recommendations: ['at budgettet godkendes'],
          }),
        ])}
      />,
    );
    expect(screen.getByText('Recommended by: Kommunaldirektøren')).toBeTruthy();
    expect(screen.queryByText(/Kommunaldirektøren recommends/)).toBeNull();
    expect(screen.getByText('at budgettet godkendes')).toBeTruthy();
  });
});
