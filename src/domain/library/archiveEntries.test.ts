import { archiveEntries, documentNames } from './archiveEntries';

const doc = (date: string, fileName: string, kind: 'referat' | 'dagsorden' = 'referat') => ({
  date,
  fileName,
  kind,
});

describe('the archive: one entry per meeting', () => {
  it.each([
    [
      "the app's referat beside the original",
      [doc('2023-06-15', 'Referat Chefforum 15-06-2023.docx'), doc('2023-06-15', 'referat-2023-06-15.pdf')],
      [['2023-06-15', ['Referat Chefforum 15-06-2023.docx', 'referat-2023-06-15.pdf']]],
    ],
    [
      'the agenda and the referat of one meeting, and another meeting',
      [
        doc('2027-01-14', 'Dagsorden 14. januar 2027.docx', 'dagsorden'),
        doc('2027-01-14', 'Referat Chefforum 14-01-2027.docx'),
        doc('2026-11-26', 'referat-2026-11-26.pdf'),
      ],
      [
        ['2027-01-14', ['Dagsorden 14. januar 2027.docx', 'Referat Chefforum 14-01-2027.docx']],
        ['2026-11-26', ['referat-2026-11-26.pdf']],
      ],
    ],
    ['an empty archive', [], []],
  ])('%s', (_name, meetings, expected) => {
    const entries = archiveEntries(meetings);
    expect(entries.map((entry) => [entry.date, entry.documents.map((each) => each.fileName)])).toEqual(
      expected,
    );
    // The entry opens the meeting shown for its date: the first document given.
    for (const entry of entries) expect(entry.meeting).toBe(entry.documents[0]);
  });
});

describe("naming an entry's documents", () => {
  const file = (kind: 'referat' | 'dagsorden', fileName: string, modified = '2023-06-16T10:00:00Z') => ({
    kind,
    fileName,
    modified,
  });
  it.each([
    [
      'by kind and type',
      [file('referat', 'referat-2023-06-15.pdf'), file('dagsorden', 'Dagsorden 15. juni 2023.DOCX')],
      [
        { kind: 'referat', type: 'pdf', changed: null },
        { kind: 'dagsorden', type: 'docx', changed: null },
      ],
    ],
    [
      'by the day changed where two read the same',
      [
        file('referat', 'Referat Chefforum 15-06-2023.docx', '2023-06-20T08:00:00Z'),
        file('referat', 'referat-2023-06-15.docx', '2023-06-16T10:00:00Z'),
        file('referat', 'noter'),
      ],
      [
        { kind: 'referat', type: 'docx', changed: '2023-06-20' },
        { kind: 'referat', type: 'docx', changed: '2023-06-16' },
        { kind: 'referat', type: 'other', changed: null },
      ],
    ],
  ] as const)('%s', (_name, documents, expected) => {
    expect(documentNames(documents)).toEqual(expected);
  });
});
