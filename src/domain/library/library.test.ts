import type { AgendaItem, Meeting } from '../meeting';
import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { searchArchive } from './archiveSearch';
import { caseHistory } from './caseHistory';
import { currentMeeting, newestFirst } from './currentMeeting';
import { currentPointNumber } from './currentPoint';
import { foldForSearch } from './searchText';
import { attachmentFile } from './attachmentFile';

const item = (number: number, over: Partial<AgendaItem> = {}) => agendaItem({ number, ...over });
const meeting = (date: string, items: AgendaItem[], kind: Meeting['kind'] = 'referat') =>
  meetingOf(date, items, { kind, start: '09:00' });

describe('the current meeting', () => {
  const dates = ['2026-10-01', '2026-11-26', '2027-01-14', '2026-11-12'].map((date) => ({ date }));
  it.each([
    ['the next meeting after today', '2026-11-25', '2026-11-26'],
    ['a meeting today', '2026-11-26', '2026-11-26'],
    ['the latest when none is coming', '2027-02-01', '2027-01-14'],
  ])('%s', (_name, today, expected) => {
    expect(currentMeeting(dates, today)?.date).toBe(expected);
  });

  it('is nothing in an empty library, and undated documents never count', () => {
    expect(currentMeeting([], '2026-11-25')).toBeNull();
    expect(currentMeeting([{ date: '' }], '2026-11-25')).toBeNull();
    expect(newestFirst(dates).map((each) => each.date)).toEqual([
      '2027-01-14',
      '2026-11-26',
      '2026-11-12',
      '2026-10-01',
    ]);
  });
});

describe('the point under way', () => {
  const today = meeting('2026-11-26', [
    item(1, { timeslot: { start: '09:00', end: '09:30' } }),
    item(2, { timeslot: { start: '09:30', end: '10:00' } }),
    item(3),
  ]);
  it.each([
    ['2026-11-26', '09:10', 1],
    ['2026-11-26', '09:30', 2],
    ['2026-11-26', '10:00', null],
    ['2026-11-26', '08:59', null],
    ['2026-11-27', '09:10', null],
  ])('on %s at %s: %s', (date, time, number) => {
    expect(currentPointNumber(today, date, time)).toBe(number);
  });
});

describe('searching the archive', () => {
  const archive = [
    meeting('2020-10-08', [
      item(2, {
        title: 'Budgetaftale 2021',
        caseNumber: '00.01.00-A21-9-19',
        decision: 'Borgmesteren orienterede om budgetaftalen.',
      }),
      item(3, { title: 'Lukket', closed: true, caseNumber: '13/15155', decision: 'Hemmelig personsag.' }),
    ]),
    meeting('2022-03-10', [
      item(3, {
        title: 'Klimaplan: status på kommunens egne bygninger',
        decision: 'Chefforum tog status til efterretning.',
        sections: [
          { kind: 'description', heading: 'Sagsfremstilling', text: 'Energirenovering af skoler i Ålholm.' },
        ],
      }),
    ]),
  ];
  it.each([
    ['a title word, any case', 'KLIMAPLAN', [['2022-03-10', 3, 'title']]],
    ['a case number', '00.01.00-A21', [['2020-10-08', 2, 'caseNumber']]],
    ['a decision word', 'borgmesteren', [['2020-10-08', 2, 'decision']]],
    ['text in a section, "aa" for "å"', 'aalholm', [['2022-03-10', 3, 'text']]],
    ['all words must match', 'klimaplan borgmesteren', []],
    [
      'a closed point by its case number, as the agenda shows it',
      '13/15155',
      [['2020-10-08', 3, 'caseNumber']],
    ],
    ['nothing else of a closed point', 'hemmelig', []],
    ['nothing else of a closed point, even with its case number', '13/15155 personsag', []],
    ['nothing for an empty query', '  ', []],
  ])('finds %s', (_name, query, expected) => {
    expect(searchArchive(archive, query).map((hit) => [hit.date, hit.number, hit.field])).toEqual(expected);
  });

  it("shows a closed heading that repeats an open point's number as itself, not as the open point", () => {
    const repeated = meeting('2021-05-06', [
      item(3, { title: 'Budget', caseNumber: '21/100' }),
      item(3, { title: 'Lukket', closed: true, caseNumber: '21/999' }),
    ]);
    expect(searchArchive([repeated], '21/999')).toEqual([
      {
        date: '2021-05-06',
        kind: 'referat',
        number: 3,
        title: 'Lukket',
        field: 'caseNumber',
        snippet: '21/999',
      },
    ]);
  });

  it('gives a snippet around the match', () => {
    expect(searchArchive(archive, 'renovering')[0]!.snippet).toBe('Energirenovering af skoler i Ålholm.');
  });

  it.each([
    ['Ålholm', 'ålholm'],
    ['Aalholm', 'ålholm'],
    ['Miljø   og  Teknik', 'miljø og teknik'],
    ['Tilsynsrapport OEKONOMI', 'tilsynsrapport økonomi'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it("finds a meeting's point once when the meeting is read from two documents", () => {
    const original = meeting('2023-06-15', [item(1, { title: 'Klimaplan', decision: 'Godkendt.' })]);
    const written = meeting('2023-06-15', [item(1, { title: 'Klimaplan', decision: 'Godkendt.' })]);
    const agenda = meeting('2023-06-15', [item(1, { title: 'Klimaplan' })], 'dagsorden');
    const hits = searchArchive([agenda, original, written], 'klimaplan');
    expect(hits.map((hit) => `${hit.date}#${hit.number}`)).toEqual(['2023-06-15#1']);
  });
});

describe('standing points are no case', () => {
  const STANDING = '00.01.00-A00-1-15';
  const archive = ['2022-03-10', '2023-06-15', '2027-01-14'].map((date) =>
    meeting(date, [
      item(1, { caseNumber: STANDING, title: 'Godkendelse af dagsorden' }),
      item(2, { caseNumber: '09.00.00-A00-1-21', title: 'Klimaplan' }),
      item(9, { caseNumber: STANDING, title: 'Evt.' }),
    ]),
  );
  it("lists no other meeting's Evt. or agenda approval under a standing case number", () => {
    expect(caseHistory(archive, STANDING, '2023-06-15')).toEqual({ earlier: [], later: [] });
    expect(caseHistory(archive, '09.00.00-A00-1-21', '2023-06-15').earlier.map((each) => each.date)).toEqual([
      '2022-03-10',
    ]);
  });
});

describe('a case across meetings', () => {
  const CASE = '09.00.00-A00-1-21';
  const archive = [
    meeting('2021-03-11', [item(4, { caseNumber: CASE, title: 'Klimaplan', decision: 'Godkendt.' })]),
    meeting('2022-03-10', [
      item(3, { caseNumber: CASE, title: 'Klimaplan: status', decision: 'Taget til efterretning.' }),
      item(5, { caseNumber: '00.01.00-A00-3-22', title: 'Andet', decision: 'Godkendt.' }),
    ]),
    meeting('2023-06-15', [item(7, { caseNumber: CASE, title: 'Klimaplan: opfølgning' })]),
    meeting('2020-01-09', [item(2, { caseNumber: CASE, closed: true, title: 'Lukket' })]),
    meeting('2027-01-14', [item(6, { caseNumber: CASE, title: 'Klimaplan 2030' })], 'dagsorden'),
    meeting('2024-11-28', [
      item(3, { caseNumber: CASE, closed: true, title: 'Lukket', decision: 'Hemmelig.' }),
    ]),
  ];
  const step = (date: string, number: number, title: string, decision: string | null) => ({
    date,
    number,
    title,
    decision,
  });

  it.each([
    [
      'the first meeting: where the case went next, oldest first',
      '2020-01-09',
      [],
      ['2021-03-11#4', '2022-03-10#3', '2023-06-15#7', '2024-11-28#3', '2027-01-14#6'],
    ],
    [
      'a meeting in between: earlier newest first, later oldest first',
      '2022-03-10',
      ['2021-03-11#4', '2020-01-09#2'],
      ['2023-06-15#7', '2024-11-28#3', '2027-01-14#6'],
    ],
    [
      'the coming agenda: only where it came from',
      '2027-01-14',
      ['2024-11-28#3', '2023-06-15#7', '2022-03-10#3', '2021-03-11#4', '2020-01-09#2'],
      [],
    ],
  ])('%s', (_name, date, earlier, later) => {
    const history = caseHistory(archive, CASE, date);
    expect(history.earlier.map((each) => `${each.date}#${each.number}`)).toEqual(earlier);
    expect(history.later.map((each) => `${each.date}#${each.number}`)).toEqual(later);
  });

  it("keeps each point's decision, and never a closed point's", () => {
    const history = caseHistory(archive, CASE, '2022-03-10');
    expect(history.earlier).toEqual([
      step('2021-03-11', 4, 'Klimaplan', 'Godkendt.'),
      step('2020-01-09', 2, 'Lukket', null),
    ]);
    expect(history.later).toEqual([
      step('2023-06-15', 7, 'Klimaplan: opfølgning', null),
      step('2024-11-28', 3, 'Lukket', null),
      step('2027-01-14', 6, 'Klimaplan 2030', null),
    ]);
  });

  it('is empty for a case no other meeting carried', () => {
    expect(caseHistory(archive, '00.01.00-A00-3-22', '2022-03-10')).toEqual({ earlier: [], later: [] });
  });
});

describe('attachments matched to files', () => {
  const file = (name: string) => ({
    id: name,
    name,
    eTag: '1',
    webUrl: `https://x/${name}`,
    lastModifiedDateTime: '',
  });
  const files = [
    file('Tidsplan for høring.pdf'),
    file('Udkast til digitaliseringsstrategi 2022-2025.docx'),
    file('Årshjul.xlsx'),
  ];
  it.each([
    ['Tidsplan for høring', 'Tidsplan for høring.pdf'],
    ['udkast til  digitaliseringsstrategi 2022-2025', 'Udkast til digitaliseringsstrategi 2022-2025.docx'],
    ['Aarshjul', 'Årshjul.xlsx'],
    ['Tidsplan', null],
    ['', null],
  ])('%s → %s', (attachment, name) => {
    expect(attachmentFile(attachment, files)?.name ?? null).toBe(name);
  });
});
