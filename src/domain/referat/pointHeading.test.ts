import { matchPointLine, parsePointTitle, repeatsTitle } from './pointHeading';

describe('the Punkt line', () => {
  it.each([
    ['Punkt 3: CF - Budgetaftale 2021 (9.00-9.30)', 3, 'CF - Budgetaftale 2021 (9.00-9.30)'],
    ['Punkt 12. CF - Evt.', 12, 'CF - Evt.'],
    ['punkt 2:Lukket', 2, 'Lukket'],
  ])('%s is point %i', (line, number, rest) => {
    expect(matchPointLine(line)).toEqual({ number, rest });
  });

  it.each([
    '- Punkt 8: "Det psykiske arbejdsmiljø"',
    'Punktet blev udsat',
    'Punkt: uden nummer',
    'Plan for 2021',
  ])('%s is no point line', (line) => {
    expect(matchPointLine(line)).toBeNull();
  });
});

describe('the point title', () => {
  it.each([
    ['CF - Godkendelse af dagsorden og referat', 'Godkendelse af dagsorden og referat', null, null],
    ['CF - Budgetaftale 2021 (9.00-9.30)', 'Budgetaftale 2021', null, { start: '09:00', end: '09:30' }],
    [
      'CF - Mit personlige ledelsesgrundlag v. Chefen for Kultur & Fritid (9.30-10.00)',
      'Mit personlige ledelsesgrundlag',
      'Chefen for Kultur & Fritid',
      { start: '09:30', end: '10:00' },
    ],
    [
      'CF - Status på budget v. Søren (9:30-9:50)',
      'Status på budget',
      'Søren',
      { start: '09:30', end: '09:50' },
    ],
    ['CF – Boligsocial plan (kl. 13.15 – 14.00)', 'Boligsocial plan', null, { start: '13:15', end: '14:00' }],
    ['CF - Orientering: Ledelsestilsyn efterår 2020', 'Orientering: Ledelsestilsyn efterår 2020', null, null],
    ['Trafikplan v. Chefen for Miljø & Teknik', 'Trafikplan', 'Chefen for Miljø & Teknik', null],
  ])('%s', (raw, title, presenter, timeslot) => {
    expect(parsePointTitle(1, raw)).toEqual({ number: 1, title, presenter, timeslot, closed: false });
  });

  it.each(['Lukket', 'CF - Lukket', 'Lukket punkt', 'LUKKET.'])('%s is a closed point', (raw) => {
    expect(parsePointTitle(2, raw)).toEqual({
      number: 2,
      title: 'Lukket',
      presenter: null,
      timeslot: null,
      closed: true,
    });
  });

  it('recognises the title repeated in the 2014–15 layout, with or without its prefix', () => {
    const heading = parsePointTitle(4, 'CF - Årshjul for møder i Lederforum 2014');
    expect(repeatsTitle('CF - Årshjul for møder i Lederforum 2014', heading)).toBe(true);
    expect(repeatsTitle('Årshjul for møder i Lederforum 2014', heading)).toBe(true);
    expect(repeatsTitle('Årshjul for lederforum for 2014', heading)).toBe(false);
  });
});
