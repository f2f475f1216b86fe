// Our own documents (tests/fixtures/referater, written for this project): both layouts, a dagsorden for
// a coming meeting, closed points, absences, a cut-off table of contents, two recommenders, a 40-point
// meeting. Expectations written from the documents; their Word and PDF renderings must agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderDocx, renderPdf } from '../../dev/fixtures/renderDocuments';
import { readDocumentText } from '../../src/documents/readDocumentText';
import type { Meeting } from '../../src/domain/meeting';
import { parseReferat } from '../../src/domain/referat/parseReferat';

const dir = path.resolve(__dirname, '../fixtures/referater');
const textOf = (name: string) => readFileSync(path.join(dir, `${name}.txt`), 'utf8');
const meetingOf = (name: string) => parseReferat(textOf(name));

type Row = [
  number,
  string,
  string | null,
  string | null,
  string | null,
  boolean,
  number,
  string | null,
  string[],
];

// prettier-ignore
const documents: { name: string; header: Partial<Meeting>; points: Row[] }[] = [
  {
    name: 'referat-2015-04-23',
    header: { kind: 'referat', date: '2015-04-23', start: '09:30', location: 'Mødelokale 915', absent: ['Chefen for Dagtilbud', 'Chefen for Miljø & Teknik'] },
    points: [
      [1, 'Godkendelse af dagsorden og referat', null, null, null, false, 2, 'Dagsorden og referat blev godkendt.', []],
      [2, 'Sygefravær 1. kvartal 2015', null, null, '15/4410', false, 2, 'Chefforum drøftede udviklingen', ['Sygefraværsstatistik 1. kvartal 2015', 'Handleplan for nedbringelse af sygefravær']],
      [3, 'Lukket', null, null, '15/3127', true, 0, null, []],
      [4, 'Budgetproces 2016-2019', null, null, '15/2231', false, 1, 'Tidsplanen blev godkendt.', ['Tidsplan for budgetproces 2016-2019']],
      [5, 'Evt.', null, null, null, false, 0, 'Intet under eventuelt.', []],
    ],
  },
  {
    name: 'referat-2022-03-10',
    header: { kind: 'referat', date: '2022-03-10', start: '09:00', location: 'Mødelokale 1', absent: ['Chefen for Kultur & Fritid', 'Chefen for Børn & Familie'] },
    points: [
      [1, 'Godkendelse af dagsorden og referat', null, null, '00.01.00-A21-9-22', false, 2, 'Chefforum godkendte dagsorden og referat.', []],
      [2, 'Digitaliseringsstrategi 2022-2025', 'Chefen for Økonomi & Stab', '09:10-09:40', '85.00.00-A00-3-22', false, 2, 'Chefforum drøftede udkastet', ['Udkast til digitaliseringsstrategi 2022-2025', 'Tidsplan for høring']],
      [3, 'Klimaplan: status på kommunens egne bygninger', null, null, '09.00.00-A00-1-21', false, 2, 'Chefforum tog status til efterretning.', []],
      [4, 'Orientering: Rekruttering af ledere', null, '10:00-10:15', '81.03.00-A00-2-22', false, 1, 'Chefforum tog orienteringen til efterretning.', []],
      [5, 'Evt.', null, null, '00.01.00-A21-9-22', false, 0, 'Kommunaldirektøren orienterede', []],
    ],
  },
  {
    name: 'dagsorden-2027-01-14',
    header: { kind: 'dagsorden', date: '2027-01-14', start: '09:00', location: 'Rådhuset, mødelokale 2', absent: [] },
    points: [
      [1, 'Godkendelse af dagsorden og referat', null, null, '00.01.00-A21-9-26', false, 2, null, []],
      [2, 'Budgetopfølgning 2027', 'Chefen for Økonomi & Stab', '09:05-09:35', '00.30.10-S00-1-27', false, 2, null, []],
      [3, 'Lukket', null, null, '26/18811', true, 0, null, []],
      [4, 'Arbejdsmiljø og trivsel', null, '09:50-10:20', '81.18.00-A00-4-26', false, 1, null, []],
      [5, 'Evt.', null, null, '00.01.00-A21-9-26', false, 0, null, []],
    ],
  },
];

describe.each(documents)('$name', ({ name, header, points }) => {
  const meeting = meetingOf(name);

  it('has its header, and nothing unplaced', () => {
    expect(meeting).toMatchObject(header);
    expect(meeting.issues).toEqual([]);
  });

  it.each(points)(
    'point %i: %s',
    (number, title, presenter, slot, caseNumber, closed, recs, opens, attachments) => {
      const item = meeting.items.find((candidate) => candidate.number === number)!;
      expect(item).toMatchObject({ title, presenter, caseNumber, closed, attachments });
      expect(item.timeslot && `${item.timeslot.start}-${item.timeslot.end}`).toBe(slot);
      expect(item.recommendations).toHaveLength(recs);
      if (opens === null) expect(item.decision).toBeNull();
      else expect(item.decision?.startsWith(opens)).toBe(true);
    },
  );

  it.each([
    ['a Word document', (text: string) => renderDocx(text), 'referat.docx'],
    [
      'a PDF with running header and page numbers',
      (text: string) =>
        renderPdf(text, { runningHeader: 'Albertslund Kommune – Chefforum', pageNumbers: true }),
      'referat.pdf',
    ],
    [
      'a PDF with a page break before each point',
      (text: string) => renderPdf(text, { pageBreakBeforePoints: true, pageNumbers: true }),
      'referat.pdf',
    ],
  ])('gives the same meeting as %s', async (_kind, render, fileName) => {
    const bytes = await render(textOf(name));
    expect(parseReferat(await readDocumentText(bytes, fileName))).toEqual(meeting);
  });
});

describe('details of our own documents', () => {
  it('keeps the recommendations written without numbers, and "Beslutning om …" as text', () => {
    const point2 = meetingOf('referat-2022-03-10').items[1]!;
    expect(point2.recommendations).toEqual([
      'at Chefforum drøfter udkastet til digitaliseringsstrategi',
      'at Chefforum godkender, at udkastet sendes i høring i afdelingerne',
    ]);
    expect(point2.sections.map((section) => [section.kind, section.heading])).toEqual([
      ['occasion', 'Anledning'],
      ['description', 'Sagsfremstilling'],
      ['other', 'Økonomi'],
    ]);
    expect(point2.sections[1]!.text).toContain(
      '\n\nBeslutning om den endelige prioritering af projekterne træffes først',
    );
    expect(point2.decision).toContain(
      '\n\nhttps://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/Digitalisering/Hoeringssvar-2022.xlsx\n\n',
    );
  });

  it('takes the second of two recommenders, and a recommendation on the recommender line', () => {
    const meeting = meetingOf('referat-2022-03-10');
    expect(meeting.items[2]!.recommendedBy).toBe('Chefen for Miljø & Teknik');
    expect(meeting.items[3]!.recommendations).toEqual(['at Chefforum tager orienteringen til efterretning.']);
  });

  it('reads the 40-point meeting whole, its timeslots in order', () => {
    const meeting = meetingOf('referat-2023-06-15');
    expect(meeting.items.map((item) => item.number)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    );
    expect(meeting.issues).toEqual([]);
    expect(meeting.items[2]).toMatchObject({
      title: 'Effektiviseringskatalog for administrationen',
      presenter: 'Chefen for Miljø & Teknik',
      timeslot: { start: '09:20', end: '09:30' },
    });
    expect(meeting.items[39]).toMatchObject({
      title: 'Evt.',
      decision: 'Intet under eventuelt.',
      timeslot: null,
    });
    const starts = meeting.items.flatMap((item) => (item.timeslot ? [item.timeslot.start] : []));
    expect(starts).toEqual([...starts].sort());
  });
});
