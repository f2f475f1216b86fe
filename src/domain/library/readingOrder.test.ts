import type { LibraryDocument } from '../ports';
import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { searchIndexed } from './archiveSearch';
import { dateFromName } from './nameDate';
import { readingOrder } from './readingOrder';
import { indexMeeting } from './searchIndex';

describe('the date a file name gives', () => {
  it.each([
    ['referat-2020-10-08.pdf', '2020-10-08'],
    ['Dagsorden_2027_01_14.docx', '2027-01-14'],
    ['Referat Chefforum 8. oktober 2020.pdf', '2020-10-08'],
    ['Referat_8._oktober_2020.pdf', '2020-10-08'],
    ['Referat 08.10.2020.docx', '2020-10-08'],
    ['referat-2020-02-31.pdf', null],
    ['Noter fra mødet.txt', null],
    ['Budget 2021.pdf', null],
  ])('%s → %s', (name, date) => {
    expect(dateFromName(name)).toBe(date);
  });
});

describe('the order the library reads its documents in', () => {
  const doc = (name: string, modified = '2026-01-01T00:00:00Z'): LibraryDocument => ({
    id: name,
    name,
    eTag: '"1"',
    webUrl: `https://x/${name}`,
    lastModifiedDateTime: modified,
  });
  const names = (documents: LibraryDocument[]) => documents.map((each) => each.name);

  it('reads the coming meeting first, then the rest newest first, undated names last', () => {
    const documents = [
      doc('referat-2016-03-10.pdf'),
      doc('noter.txt', '2026-05-01T00:00:00Z'),
      doc('dagsorden-2027-01-14.docx'),
      doc('referat-2026-11-12.pdf'),
      doc('gammelt.txt', '2019-05-01T00:00:00Z'),
      doc('dagsorden-2027-02-11.docx'),
    ];
    expect(names(readingOrder(documents, '2026-12-02'))).toEqual([
      'dagsorden-2027-01-14.docx',
      'dagsorden-2027-02-11.docx',
      'referat-2026-11-12.pdf',
      'referat-2016-03-10.pdf',
      'noter.txt',
      'gammelt.txt',
    ]);
  });

  it('reads the latest meeting first when none is coming, and a linked one before it', () => {
    const documents = [doc('referat-2016-03-10.pdf'), doc('referat-2026-11-12.pdf')];
    expect(names(readingOrder(documents, '2026-12-02'))[0]).toBe('referat-2026-11-12.pdf');
    expect(names(readingOrder(documents, '2026-12-02', '2016-03-10'))[0]).toBe('referat-2016-03-10.pdf');
  });

  it('reads the latest modified first when no name is dated', () => {
    const documents = [doc('a.txt', '2020-01-01T00:00:00Z'), doc('b.txt', '2024-01-01T00:00:00Z')];
    expect(names(readingOrder(documents, '2026-12-02'))).toEqual(['b.txt', 'a.txt']);
  });
});

describe('the search index kept with the cache', () => {
  const archive = [
    meetingOf('2016-03-10', [
      agendaItem({ number: 1, title: 'Årshjul for budgettet', decision: 'Godkendt af Chefforum.' }),
      agendaItem({ number: 2, title: 'Lukket', closed: true, caseNumber: '16/1234' }),
    ]),
    meetingOf('2022-03-10', [agendaItem({ number: 3, title: 'Klimaplan', decision: 'Aarshjulet følges.' })]),
  ];

  it('finds points by folded words across fields, newest first, closed points by their case number only', () => {
    const indexed = archive.map((meeting) => ({ meeting, index: indexMeeting(meeting) }));
    expect(searchIndexed(indexed, '16/1234').hits).toMatchObject([
      { number: 2, title: 'Lukket', field: 'caseNumber' },
    ]);
    expect(searchIndexed(indexed, 'lukket').hits).toEqual([]);
    expect(searchIndexed(indexed, 'klimaplan årshjulet').hits.map((hit) => hit.field)).toEqual(['title']);
    expect(searchIndexed(indexed, 'CHEFFORUM godkendt').hits[0]!.snippet).toBe('Godkendt af Chefforum.');
    expect(searchIndexed(indexed, 'aarshjul').hits.map((hit) => [hit.date, hit.number, hit.field])).toEqual([
      ['2022-03-10', 3, 'decision'],
      ['2016-03-10', 1, 'title'],
    ]);
    expect(searchIndexed(indexed, 'aarshjul', 1)).toMatchObject({
      total: 2,
      hits: [{ date: '2022-03-10' }],
    });
    expect(indexMeeting(archive[0]!).points[1]!.folded).toEqual(['', '16/1234', '', '']);
  });
});
