import { NotAReferatError } from './NotAReferatError';
import { parseReferat } from './parseReferat';

const doc = (...lines: string[]) => lines.join('\n');

const header2020 = [
  'REFERAT Chefforum d. 05-11-2020',
  '',
  'Mødedato Torsdag d. 05. november 2020 kl. 09:00',
  '',
  'Mødested Mødelokale 1',
  '',
];

describe('parseReferat', () => {
  it('reads a dagsorden for a coming meeting: no decisions', () => {
    const meeting = parseReferat(
      doc(
        'DAGSORDEN Chefforum d. 14-01-2027',
        'Mødedato Torsdag d. 14. januar 2027 kl. 9.30',
        'Mødested Rådhuset, lokale 2',
        '',
        'Punkt 1: CF - Budgetopfølgning (9.30-10.00)',
        '00.30.10-S00-1-26',
        'Anledning',
        'Første budgetopfølgning.',
        'Indstilling',
        'Kommunaldirektøren indstiller,',
        '1. at Chefforum drøfter opfølgningen',
      ),
    );
    expect(meeting).toMatchObject({
      kind: 'dagsorden',
      forum: 'Chefforum',
      date: '2027-01-14',
      start: '09:30',
      location: 'Rådhuset, lokale 2',
    });
    expect(meeting.items[0]).toMatchObject({
      title: 'Budgetopfølgning',
      caseNumber: '00.30.10-S00-1-26',
      decision: null,
      recommendations: ['at Chefforum drøfter opfølgningen'],
    });
    expect(meeting.issues).toEqual([]);
  });

  it('keeps nothing of a closed point but its number and case number', () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Punkt 1: Lukket',
        '',
        '14/13782',
        '',
        'Sagsfremstilling',
        'Personsag om Hemmelig Person, cpr 010101-1234.',
        'Beslutning',
        'Fortroligt resultat.',
        'Bilag',
        'Hemmeligt bilag',
        'Punkt 2: CF - Evt.',
        'Beslutning',
        'Intet.',
      ),
    );
    expect(meeting.items[0]).toEqual({
      number: 1,
      title: 'Lukket',
      presenter: null,
      timeslot: null,
      caseNumber: '14/13782',
      closed: true,
      sections: [],
      recommendedBy: null,
      recommendations: [],
      decision: null,
      attachments: [],
    });
    expect(JSON.stringify(meeting)).not.toMatch(/Hemmelig|Fortroligt|cpr/);
  });

  it.each([
    ['repeats the number of the point before it', ['Punkt 1: CF - A', 'Tekst A.', 'Punkt 1: Lukket']],
    ['comes out of order', ['Punkt 1: CF - A', 'Tekst A.', 'Punkt 2: CF - B', 'Punkt 1 – LUKKET']],
    ['has words around "Lukket"', ['Punkt 1: CF - A', 'Tekst A.', 'Punkt 2: CF - Personalesag (Lukket)']],
    ['names no number, after a point that had text', ['Punkt 1: CF - A', 'Tekst A.', 'Lukket punkt']],
  ])('hides what follows a closed heading that %s, and warns', (_name, lines) => {
    const meeting = parseReferat(doc(...header2020, ...lines, 'Hemmelig tekst.', 'Beslutning', 'Hemmelig.'));
    expect(JSON.stringify(meeting)).not.toMatch(/Hemmelig/);
    expect(meeting.items[0]).toMatchObject({ number: 1, title: 'A', sections: [{ text: 'Tekst A.' }] });
    expect(meeting.items.at(-1)).toMatchObject({ title: 'Lukket', closed: true });
    expect(meeting.issues.map((issue) => issue.code)).toContain('closed-heading-irregular');
  });

  it('closes a point whose "Lukket" stands on the line after its heading', () => {
    const meeting = parseReferat(
      doc(...header2020, 'Punkt 1:', '14/13782', 'Lukket', 'Hemmelig.', 'Punkt 2: CF - Evt.', 'Intet.'),
    );
    expect(meeting.items.map(({ number, closed, caseNumber }) => ({ number, closed, caseNumber }))).toEqual([
      { number: 1, closed: true, caseNumber: '14/13782' },
      { number: 2, closed: false, caseNumber: null },
    ]);
    expect(JSON.stringify(meeting)).not.toMatch(/Hemmelig/);
    expect(meeting.issues).toContainEqual({ code: 'closed-heading-irregular', line: 7, number: 1 });
  });

  it('quotes no header line that says "Lukket", nor any after it', () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Ordstyrer: Jette',
        'CF - Personalesag Hemmelig (Lukket)',
        'Hemmelig.',
        'Punkt 1: CF - A',
      ),
    );
    expect(meeting.issues).toEqual([
      { code: 'unplaced-text', line: 7, text: 'Ordstyrer: Jette' },
      { code: 'unplaced-text', line: 8 },
      { code: 'unplaced-text', line: 9 },
    ]);
  });

  it.each([
    ['a right-to-left override', 'Punkt 1: CF - ‮A‬', 'A'],
    ['a soft hyphen in "Lukket"', 'Punkt 1: Luk­ket', 'Lukket'],
    ['a zero-width space and a bell', 'Punkt 1: CF - B​udget', 'Budget'],
  ])('drops %s before reading a line', (_name, line, title) => {
    expect(parseReferat(doc(...header2020, line)).items[0]!.title).toBe(title);
  });

  it('reads the first of 400 copies of a referat, and says a second meeting starts', () => {
    const one = doc(
      ...header2020,
      'Punkt 1: CF - A',
      'Beslutning',
      'Godkendt.',
      'Punkt 2: CF - Evt.',
      'Intet.',
    );
    const meeting = parseReferat(Array.from({ length: 400 }, () => one).join('\n'));
    expect({ ...meeting, issues: [] }).toEqual({ ...parseReferat(one), issues: [] });
    expect(meeting.issues.filter((issue) => issue.code === 'repeated-meeting')).toEqual([
      { code: 'repeated-meeting', line: 12 },
    ]);
  });

  it.each([
    ['another meeting after it', ['DAGSORDEN Chefforum d. 12-11-2020', 'Punkt 1: CF - B', 'Tekst B.']],
    ['its points again, without a header', ['Punkt 1: CF - A', 'Tekst igen.']],
  ])('stops where %s starts', (_name, rest) => {
    const meeting = parseReferat(
      doc(...header2020, 'Punkt 1: CF - A', 'Tekst A.', 'Punkt 2: CF - C', ...rest),
    );
    expect(meeting.items.map((item) => item.title)).toEqual(['A', 'C']);
    expect(meeting.items[1]!.sections).toEqual([]);
    expect(meeting.issues.filter((issue) => issue.code === 'repeated-meeting')).toEqual([
      { code: 'repeated-meeting', line: 10 },
    ]);
  });

  it('reads a header line among the points as text when the numbering goes on', () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Punkt 1: CF - A',
        'REFERAT Chefforum d. 05-11-2020',
        'Punkt 2: CF - B',
        'Beslutning',
        'OK.',
      ),
    );
    expect(meeting.items.map((item) => item.number)).toEqual([1, 2]);
    expect(meeting.issues.map((issue) => issue.code)).not.toContain('repeated-meeting');
  });

  it('collects absences from the header and from a decision', () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Chefen for Dagtilbud deltog ikke i mødet.',
        'Afbud: Jette',
        '',
        'Punkt 1: CF - Godkendelse af dagsorden',
        'Beslutning',
        'Godkendt.',
        '',
        'Chefen for Kultur & Fritid og Jette deltog ikke i mødet.',
      ),
    );
    expect(meeting.absent).toEqual(['Chefen for Dagtilbud', 'Jette', 'Chefen for Kultur & Fritid']);
    expect(meeting.issues).toEqual([]);
  });

  it("takes the body's title when the table of contents cut it off", () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Indholdsfortegnelse',
        'CF - Opsamling på chefseminar og Chefforums sp.....\t3',
        '',
        'Punkt 1: CF - Opsamling på chefseminar og Chefforums spilleregler',
        'Beslutning',
        'Drøftet.',
      ),
    );
    expect(meeting.items[0]!.title).toBe('Opsamling på chefseminar og Chefforums spilleregler');
    expect(meeting.issues).toEqual([]);
  });

  it('does not take a line starting "Beslutning om" for the decision heading', () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Punkt 1: CF - Mødestruktur',
        'Sagsfremstilling',
        'Beslutning om ny mødestruktur blev udsat i september.',
        '',
        'Nu genoptages sagen.',
        'Beslutning',
        'Chefforum godkendte strukturen.',
      ),
    );
    expect(meeting.items[0]!.sections).toEqual([
      {
        kind: 'description',
        heading: 'Sagsfremstilling',
        text: 'Beslutning om ny mødestruktur blev udsat i september.\n\nNu genoptages sagen.',
      },
    ]);
    expect(meeting.items[0]!.decision).toBe('Chefforum godkendte strukturen.');
  });

  it('reads the 2014–15 layout: Bilag before the repeated title, capital headings', () => {
    const meeting = parseReferat(
      doc(
        'REFERAT Chefforum d. 23-04-2015',
        'Mødedato Torsdag d. 23. april 2015 kl. 10:00',
        'Punkt 1: CF - Årshjul 2015',
        '15/2231',
        'Bilag',
        'Årshjul 2015',
        'Mødeplan',
        'CF - Årshjul 2015',
        'Baggrund',
        'Årshjulet fremlægges.',
        'INDSTILLING',
        'Kommunaldirektøren indstiller:',
        '1. At chefforum godkender årshjulet',
        'BESLUTNING I CHEFFORUM DEN 23-04-2015',
        'Godkendt.',
      ),
    );
    expect(meeting.items[0]).toMatchObject({
      title: 'Årshjul 2015',
      caseNumber: '15/2231',
      attachments: ['Årshjul 2015', 'Mødeplan'],
      sections: [{ kind: 'occasion', heading: 'Baggrund', text: 'Årshjulet fremlægges.' }],
      recommendedBy: 'Kommunaldirektøren',
      recommendations: ['At chefforum godkender årshjulet'],
      decision: 'Godkendt.',
    });
  });

  it('keeps text before any heading and says where it was', () => {
    const meeting = parseReferat(
      doc(
        ...header2020,
        'Punkt 1: CF - Evt.',
        'Jette orienterede om sundhed.',
        'Beslutning',
        'Taget til efterretning.',
      ),
    );
    expect(meeting.items[0]!.sections).toEqual([
      { kind: 'other', heading: '', text: 'Jette orienterede om sundhed.' },
    ]);
    expect(meeting.issues).toEqual([
      { code: 'unplaced-text', line: 8, point: 1, text: 'Jette orienterede om sundhed.' },
    ]);
  });

  it.each([
    [
      'points out of order',
      doc(...header2020, 'Punkt 1: CF - A', 'Punkt 3: CF - C'),
      [{ code: 'point-out-of-order', line: 8, number: 3, previous: 1 }],
    ],
    [
      'a table of contents that lists more points than the body has',
      doc(...header2020, 'Indholdsfortegnelse', 'CF - A.....\t2', 'CF - B.....\t3', 'Punkt 1: CF - A'),
      [{ code: 'toc-mismatch', line: 8, listed: 2, found: 1 }],
    ],
    ['no meeting date', doc('REFERAT Chefforum', 'Punkt 1: CF - A'), [{ code: 'no-date', line: 1 }]],
    ['no points', doc(...header2020), [{ code: 'no-points', line: 1 }]],
    [
      'an unknown header line',
      doc(...header2020, 'Ordstyrer: Jette', 'Punkt 1: CF - A'),
      [{ code: 'unplaced-text', line: 7, text: 'Ordstyrer: Jette' }],
    ],
  ])('reports %s as an issue', (_name, text, issues) => {
    expect(parseReferat(text).issues).toEqual(issues);
  });

  it('treats a quoted "Punkt" with a lower number as text', () => {
    const meeting = parseReferat(
      doc(...header2020, 'Punkt 1: CF - A', 'Punkt 2: CF - B', 'Beslutning', 'Se', 'Punkt 1: ovenfor'),
    );
    expect(meeting.items.map((item) => item.number)).toEqual([1, 2]);
    expect(meeting.items[1]!.decision).toBe('Se Punkt 1: ovenfor');
  });

  it('joins two Beslutning blocks of one point', () => {
    const meeting = parseReferat(
      doc(...header2020, 'Punkt 1: CF - A', 'Beslutning', 'Første.', 'Beslutning', 'Anden.'),
    );
    expect(meeting.items[0]!.decision).toBe('Første.\n\nAnden.');
  });

  it('calls a document without header a referat when it has decisions', () => {
    expect(parseReferat(doc('Punkt 1: CF - A', 'Beslutning', 'Godkendt.')).kind).toBe('referat');
    expect(parseReferat(doc('Punkt 1: CF - A', 'Anledning', 'Tekst.')).kind).toBe('dagsorden');
  });

  it.each(['', 'Kære alle, husk frokost på fredag.', '%PDF-1.7 binary junk \u0000\u0001'])(
    'refuses text that is no agenda or minutes: %j',
    (text) => {
      expect(() => parseReferat(text)).toThrow(NotAReferatError);
    },
  );

  it('reads Windows line endings, a BOM and non-breaking spaces', () => {
    const meeting = parseReferat(
      '\uFEFFREFERAT Chefforum d. 05-11-2020\r\nPunkt\u00A01: CF - A\r\nBeslutning\r\nOK.\r\n',
    );
    expect(meeting.items[0]).toMatchObject({ number: 1, title: 'A', decision: 'OK.' });
  });
});
