// The decision list reads well when opened in SharePoint itself: Danish column names, outcomes as text.
import { DECISION_COLUMNS, decisionToFields, fieldsToDecision, outcomesOf } from './decisionFields';
import type { Decision } from '../domain/decisions/decision';

const decision: Decision = {
  key: '2025-11-05#3',
  meetingDate: '2025-11-05',
  itemNumber: 3,
  title: 'Budgetopfølgning',
  caseNumber: '00.30.00-S00-1-25',
  recommendations: [
    'at Chefforum godkender budgettet',
    'at Chefforum tager orienteringen til efterretning',
    'at sagen sendes videre',
  ],
  outcomes: ['godkendt', 'taget til efterretning', null],
  decision: 'Godkendt.',
  owner: 'Chefen for Økonomi & Stab',
  deadline: '2025-12-01',
  status: 'Gul',
  sourceUrl: null,
  threadId: null,
};

describe('the decision list in SharePoint', () => {
  it.each([
    ['Decision', 'Beslutning'],
    ['Owner', 'Ansvarlig'],
    ['DeadlineDay', 'Frist'],
    ['Status', 'Status'],
    ['MeetingDay', 'Mødedato'],
    ['Outcomes', 'Udfald'],
    ['Recommendation', 'Indstilling'],
  ])('shows the column %s as "%s"', (name, displayName) => {
    expect(DECISION_COLUMNS.find((column) => column.name === name)?.displayName).toBe(displayName);
  });

  it('writes the outcomes as numbered lines a reader understands, not as JSON', () => {
    expect(decisionToFields(decision).Outcomes).toBe('1. Godkendt\n2. Taget til efterretning\n3. –');
  });

  it('reads back what it wrote', () => {
    expect(fieldsToDecision(decisionToFields(decision))).toEqual(decision);
  });

  it.each([
    ['lists made before: a JSON array', '["godkendt",null,"udsat"]', ['godkendt', null, 'udsat']],
    [
      'a line someone edited in SharePoint',
      '1. godkendt med ændringer\n2. –',
      ['godkendt med ændringer', null],
    ],
    ['an unknown word', '1. Vedtaget', [null]],
    ['broken JSON', '["godkendt"', []],
    ['nothing', '', []],
  ])('reads %s', (_what, text, outcomes) => {
    expect(outcomesOf(text)).toEqual(outcomes);
  });
});
