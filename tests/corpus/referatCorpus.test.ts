// The three real referater parse completely and correctly, from their text export, Word and PDF
// versions alike. Expectations were written from reading the documents, not from the parser's output.
import { readDocumentText } from '../../src/documents/readDocumentText';
import type { Meeting } from '../../src/domain/meeting';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { corpusFile, describeWithCorpus } from '../support/corpus';

type Row = [
  number: number,
  title: string,
  presenter: string | null,
  timeslot: string | null,
  caseNumber: string | null,
  closed: boolean,
  recommendations: number,
  decisionOpens: string | null,
  attachments: string[],
];

interface Document {
  name: string;
  header: Pick<Meeting, 'kind' | 'forum' | 'date' | 'start' | 'location' | 'absent'>;
  points: Row[];
}

// prettier-ignore
const documents: Document[] = [
  {
    name: 'referat-2014-02-11',
    header: { kind: 'referat', forum: 'Chefforum', date: '2014-02-11', start: '10:00', location: 'Mødelokale 915', absent: [] },
    points: [
      [1, 'Godkendelse af dagsorden og referat', null, null, null, false, 2, 'Chefforum godkendte dagsordenen.', []],
      [2, 'Lukket', null, null, '13/15155', true, 0, null, []],
      [3, 'Afdelingers virksomhedsplaner for 2014', null, null, '14/1553', false, 1, 'Chefforum drøftede virksomhedsplanerne', ['Virksomhedsplan 2014_Arbejdsmarked, Erhverv & Ydelser', 'Virksomhedsplan 2014_Kultur, Fritid & Forebyggende Sundhed', 'Virksomhedsplan 2014_Drift & Service', 'Virksomhedsplan 2014_Sundhed, Pleje & Omsorg', 'Virksomhedsplan 2014_Social & Familie', 'Virksomhedsplan 2014_Skoler & Uddannelse', 'Virksomhedsplan 2014_Dagtilbud', 'Virksomhedsplan 2014_Miljø & Teknik', 'Virksomhedsplan 2014_Økonomi & Stab']],
      [4, 'Årshjul for møder i Lederforum 2014', null, null, '13/8672', false, 1, 'Chefforum drøftede årshjulet', ['Årshjul for lederforum for 2014']],
      [5, 'Evt.', null, null, null, false, 0, 'Jette orienterede om følgende:', []],
    ],
  },
  {
    name: 'referat-2020-10-08',
    header: { kind: 'referat', forum: 'Chefforum', date: '2020-10-08', start: '09:00', location: 'Mødelokale 1', absent: [] },
    points: [
      [1, 'Godkendelse af dagsorden og referat', null, null, '00.01.00-A21-9-19', false, 2, 'Chefforum godkendte dagsorden', []],
      [2, 'Budgetaftale 2021', null, '09:00-09:30', '00.01.00-A21-9-19', false, 1, 'Borgmesteren orienterede Chefforum', []],
      [3, 'Mit personlige ledelsesgrundlag', 'Chefen for Kultur & Fritid', '09:30-10:00', '00.01.00-A21-9-19', false, 1, 'Chefforum reflekterede sammen', []],
      [4, 'Opsamling på Chefseminar', null, '10:00-11:00', '00.15.10-A21-2-20', false, 3, 'Chefforum drøftede sporerne', []],
      [5, 'Beredskabets organisering', null, '11:00-11:20', '29.08.06-A26-1-20', false, 1, 'Chefforum besluttede, at der findes konkrete', []],
      [6, 'Orientering: Ledelsestilsyn efterår 2020', null, null, '00.32.00-A00-10-20', false, 1, 'Chefforum tog orienteringen', []],
      [7, 'Evt.', null, null, '00.01.00-A21-6-19', false, 0, 'Chefforum drøftede brugen af mundbind', []],
    ],
  },
  {
    name: 'referat-2020-10-22',
    header: { kind: 'referat', forum: 'Chefforum', date: '2020-10-22', start: '09:00', location: 'Mødelokale 1', absent: [] },
    points: [
      [1, 'Godkendelse af dagsorden og referat', null, null, '00.01.00-A21-9-19', false, 2, 'Chefforum godkendte dagsorden', []],
      [2, 'IT-Projektrådets porteføljeoverblik', null, null, '85.13.00-P20-1-20', false, 1, 'Chefforum blev præsenteret for modellen', ['Projektporteføljeoverblik Chefforum oktober 2020']],
      [3, 'Mit personlige ledelsesgrundlag', 'Chefen for Børn & Familie', null, '00.01.00-A00-26-17', false, 1, 'Chefforum reflekterede sammen', []],
      [4, 'Opsamling på chefseminar og Chefforums spilleregler', null, null, '00.15.10-A21-2-20', false, 2, 'Chefforums drøftede spillereglerne', []],
      [5, 'Evt.', null, null, '00.01.00-A21-9-19', false, 0, 'Kommunaldirektøren orienterede om at arbejdet med Nærhedsreformen', []],
    ],
  },
];

const formats = ['txt', 'docx', 'pdf', 'styled.docx', 'styled.pdf'] as const;

/** The meeting with a blank line between two list lines taken as a line break. */
function withListsMerged(meeting: Meeting): Meeting {
  const merge = (text: string) => text.replace(/(^|\n)(- [^\n]*)\n\n(?=- )/g, '$1$2\n');
  return {
    ...meeting,
    items: meeting.items.map((item) => ({
      ...item,
      decision: item.decision && merge(item.decision),
      sections: item.sections.map((section) => ({ ...section, text: merge(section.text) })),
    })),
  };
}

const meetings = new Map<string, Promise<Meeting>>();
function meetingOf(name: string, format: string): Promise<Meeting> {
  const file = `${name}.${format}`;
  if (!meetings.has(file)) meetings.set(file, readDocumentText(corpusFile(file), file).then(parseReferat));
  return meetings.get(file)!;
}

describeWithCorpus('the real referater in ../shared/corpus', () => {
  describe.each(documents)('$name', ({ name, header, points }) => {
    describe.each(formats)('as .%s', (format) => {
      it('has the header of the document and nothing unplaced', async () => {
        const meeting = await meetingOf(name, format);
        expect(meeting).toMatchObject(header);
        expect(meeting.issues).toEqual([]);
        expect(meeting.items.map((item) => item.number)).toEqual(points.map((row) => row[0]));
      });

      it.each(points)(
        'point %i: %s',
        async (number, title, presenter, slot, caseNumber, closed, recs, opens, attachments) => {
          const item = (await meetingOf(name, format)).items.find(
            (candidate) => candidate.number === number,
          )!;
          expect(item).toMatchObject({ title, presenter, caseNumber, closed, attachments });
          expect(item.timeslot && `${item.timeslot.start}-${item.timeslot.end}`).toBe(slot);
          expect(item.recommendations).toHaveLength(recs);
          if (opens === null) expect(item.decision).toBeNull();
          else expect(item.decision?.startsWith(opens)).toBe(true);
          if (closed) expect(item.sections).toEqual([]);
        },
      );

      if (format !== 'txt') {
        it('gives the same meeting as the text export', async () => {
          // The styled versions went through HTML, where two bullet lists with a blank line between them
          // became one list: that blank line is not in those documents, so it is not compared there.
          const comparable = format.startsWith('styled') ? withListsMerged : (meeting: Meeting) => meeting;
          expect(comparable(await meetingOf(name, format))).toEqual(comparable(await meetingOf(name, 'txt')));
        });
      }
    });
  });

  it('keeps sub-headings of a Sagsfremstilling as its paragraphs and lists as lines', async () => {
    const point4 = (await meetingOf('referat-2020-10-08', 'txt')).items[3]!;
    const description = point4.sections.find((section) => section.kind === 'description')!;
    expect(description.text).toMatch(/^Formål\n\nChefforum skal på mødet definere/);
    expect(description.text).toContain(
      '\n\nSpilleregler\n\nPå chefseminaret blev følgende spilleregler defineret:\n\n- Vi tør blande os\n- Vi tør være uenige\n',
    );
  });

  it('takes the last of two recommenders and keeps every section kind in order', async () => {
    const point6 = (await meetingOf('referat-2020-10-08', 'txt')).items[5]!;
    expect(point6.recommendedBy).toBe('Chefen for Økonomi & Stab');
    expect(point6.sections.map((section) => [section.kind, section.heading])).toEqual([
      ['occasion', 'Anledning'],
      ['description', 'Sagsfremstilling'],
      ['description', 'SupplerendeSagsfremstilling'],
      ['legal', 'Lovgrundlag'],
    ]);
  });

  it('keeps a numbered list and a link inside a decision', async () => {
    const meeting = await meetingOf('referat-2020-10-22', 'txt');
    expect(meeting.items[1]!.decision).toContain(
      '\n\nhttps://albertslund.sharepoint.com/:x:/s/TT-Projektmodel/EWy03dzwI0BKmjxPp32_4kBIInmxnGLPwy-G0ozvsCewkQ?e=vLOqhT\n\n',
    );
    expect(meeting.items[3]!.decision).toContain(
      '\n\n1. Vi forfølger de gode løsninger på tværs af egne økonomiske rammer\n2. Vi blander os for at skabe bedre løsninger\n',
    );
  });

  it('never keeps a word of a closed point', async () => {
    const text = new TextDecoder().decode(corpusFile('referat-2014-02-11.txt'));
    const closed = (await meetingOf('referat-2014-02-11', 'txt')).items[1]!;
    expect(closed).toEqual({
      number: 2,
      title: 'Lukket',
      presenter: null,
      timeslot: null,
      caseNumber: '13/15155',
      closed: true,
      sections: [],
      recommendedBy: null,
      recommendations: [],
      decision: null,
      attachments: [],
    });
    expect(text).toContain('Punkt 2: Lukket');
  });
});
