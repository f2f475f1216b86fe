import { danishWeekdayDate } from '../danishWeekdayDate';
import { recordedDecision as recorded } from '../testing/decisionBuilders';
import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { parseReferat } from './parseReferat';
import { referatDocument } from './referatDocument';

const linesOf = (document: ReturnType<typeof referatDocument>) =>
  document.paragraphs.flatMap((paragraph) => paragraph.lines);

const dagsorden = meetingOf(
  '2027-01-14',
  [
    agendaItem({
      number: 1,
      title: 'Godkendelse af dagsorden og referat',
      caseNumber: '00.01.00-A21-9-26',
      recommendedBy: 'Kommunaldirektøren',
      recommendations: ['at Chefforum godkender dagsordenen', 'at Chefforum godkender referatet'],
    }),
    agendaItem({ number: 2, title: 'Lukket', closed: true, caseNumber: '26/18811' }),
    agendaItem({ number: 3, title: 'Arbejdsmiljø', timeslot: { start: '09:50', end: '10:20' } }),
  ],
  { kind: 'dagsorden', start: '09:00', location: 'Rådhuset, mødelokale 2', absent: ['Jette', 'Birgitte'] },
);

describe('danishWeekdayDate', () => {
  it.each([
    ['2027-01-14', 'torsdag den 14. januar 2027'],
    ['2020-10-08', 'torsdag den 8. oktober 2020'],
    ['2024-02-29', 'torsdag den 29. februar 2024'],
    ['2026-11-15', 'søndag den 15. november 2026'],
    ['2025-02-29', null],
    ['', null],
  ])('%s → %s', (iso, written) => {
    expect(danishWeekdayDate(iso)).toBe(written);
  });
});

describe('referatDocument', () => {
  it('heads the referat with the written date, time, place and absences', () => {
    const document = referatDocument(dagsorden);
    expect(linesOf(document).slice(0, 5)).toEqual([
      'DAGSORDEN Chefforum',
      'Mødedato torsdag den 14. januar 2027 kl. 9.00',
      'Mødested Rådhuset, mødelokale 2',
      'Afbud: Jette og Birgitte',
      'Indholdsfortegnelse',
    ]);
    expect(document.name).toBe('Dagsorden Chefforum 14-01-2027');
  });

  it('writes a closed point as "Punkt N: Lukket" and its case number only, even with a decision recorded for it', () => {
    const secret = recorded('2027-01-14', 2, {
      decision: 'Hemmelig personsag afgjort',
      outcomes: ['godkendt'],
    });
    const document = referatDocument(dagsorden, [secret]);
    const text = linesOf(document).join('\n');
    expect(text).toContain('Punkt 2: Lukket\n26/18811\nPunkt 3');
    expect(text).not.toContain('Hemmelig');
    expect(document.ignoredDecisions).toEqual([{ key: '2027-01-14#2', reason: 'closed-point' }]);
  });

  it('fills Beslutning from the recorded decision and its outcomes, and names the open points still without one', () => {
    const decision = recorded('2027-01-14', 1, {
      decision: 'Chefforum godkendte dagsorden og referat.',
      outcomes: ['godkendt', null],
    });
    const document = referatDocument(dagsorden, [decision, recorded('2026-12-10', 1, { decision: 'x' })]);
    expect(document.kind).toBe('referat');
    expect(linesOf(document)[0]).toBe('REFERAT Chefforum');
    const lines = linesOf(document);
    const beslutning = lines.indexOf('Beslutning');
    expect(lines.slice(beslutning, beslutning + 3)).toEqual([
      'Beslutning',
      'Chefforum godkendte dagsorden og referat.',
      'Ad 1: godkendt.',
    ]);
    expect(lines.filter((line) => line === 'Beslutning')).toHaveLength(1);
    expect(document.undecided).toEqual([3]);
    expect(document.ignoredDecisions).toEqual([{ key: '2026-12-10#1', reason: 'other-meeting' }]);
    expect(document.name).toBe('Referat Chefforum 14-01-2027');
  });

  it('writes the point line with presenter and Danish times, and the recommendations numbered', () => {
    const lines = linesOf(referatDocument(dagsorden));
    expect(lines).toContain('Punkt 3: CF - Arbejdsmiljø (9.50-10.20)');
    expect(lines).toContain('Kommunaldirektøren indstiller,');
    expect(lines).toContain('2. at Chefforum godkender referatet');
  });

  it.each(['Lukket', 'Punkt 4: Lukket', 'Beslutning', 'at Chefforum godkender', '» i anførselstegn'])(
    'writes a recommendation %j so that it reads back as that recommendation, not as structure',
    (text) => {
      const meeting = meetingOf('2027-01-14', [
        agendaItem({
          number: 1,
          title: 'Budget',
          decision: 'Godkendt.',
          recommendedBy: 'Kommunaldirektøren',
          recommendations: ['at Chefforum godkender budgettet', text, 'at Chefforum drøfter sagen'],
        }),
        agendaItem({ number: 2, title: 'Evt.', decision: 'Intet.' }),
      ]);
      const back = parseReferat(linesOf(referatDocument(meeting)).join('\n\n'));
      expect(back.items.map((item) => [item.number, item.closed, item.decision])).toEqual([
        [1, false, 'Godkendt.'],
        [2, false, 'Intet.'],
      ]);
      expect(back.items[0]!.recommendations).toEqual(meeting.items[0]!.recommendations);
    },
  );

  it("never writes a closed point's content, even when the model it is handed carries some", () => {
    const leaky = meetingOf('2027-01-14', [
      agendaItem({
        number: 2,
        title: 'Hemmelig titel',
        closed: true,
        caseNumber: '26/18811',
        presenter: 'Hemmelig oplægsholder',
        sections: [{ kind: 'description', heading: 'Sagsfremstilling', text: 'Hemmelig tekst' }],
        recommendedBy: 'Hemmelig',
        recommendations: ['at Hemmelig'],
        decision: 'Hemmelig beslutning',
        attachments: ['Hemmeligt bilag'],
      }),
    ]);
    const text = linesOf(referatDocument(leaky)).join('\n');
    expect(text).not.toMatch(/Hemmelig/);
    expect(text).toContain('Punkt 2: Lukket\n26/18811');
  });

  it('writes the decision recorded for a number with the open point, not a closed heading repeating it', () => {
    const repeated = meetingOf('2027-01-14', [
      agendaItem({ number: 3, title: 'Lukket', closed: true }),
      agendaItem({ number: 3, title: 'Budget' }),
    ]);
    const document = referatDocument(repeated, [recorded('2027-01-14', 3, { decision: 'Godkendt.' })]);
    const lines = linesOf(document);
    expect(lines.slice(lines.indexOf('Punkt 3: CF - Budget'))).toEqual([
      'Punkt 3: CF - Budget',
      'Beslutning',
      'Godkendt.',
    ]);
    expect(document.ignoredDecisions).toEqual([]);
    expect(
      document.paragraphs.filter((paragraph) => paragraph.role === 'pointHeading').map((p) => p.point),
    ).toEqual([1, 2]);
  });

  it('writes no control character or bidirectional override, in any field', () => {
    const hostile = meetingOf(
      '2027-01-14',
      [
        agendaItem({
          number: 1,
          title: 'Budget\u202Etxet\u202C',
          presenter: 'Jette\u0007',
          caseNumber: '14/13782\u200F',
          sections: [{ kind: 'other', heading: 'Økonomi\u2066', text: 'Tekst\u0000 med\u0085 NEL\u061C' }],
          recommendedBy: 'Direktøren\u202D',
          recommendations: ['at\u2069 godkende'],
          decision: 'Godkendt\u202E.\u009B',
          attachments: ['Bilag\u200E.pdf'],
        }),
      ],
      { location: 'Rådhuset\u2067', absent: ['Søren\u001B'] },
    );
    const text = linesOf(referatDocument(hostile)).join('\n');
    expect(text).not.toMatch(/(?!\n)[\p{Cc}\p{Cf}]/u);
    expect(text).toContain('Punkt 1: CF - Budgettxet v. Jette');
    expect(text).toContain('Godkendt.');
  });
});
