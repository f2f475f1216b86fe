import type { AgendaItem } from '../meeting';
import { approvalVerdict, referatApprovals } from './approval';
import { approvesOf, isApprovalPoint } from './approvingPoint';

describe("what an approving point's decision says of the referat", () => {
  it.each([
    ['Godkendt.', 'approved'],
    ['Godkendt', 'approved'],
    ['Dagsorden og referat godkendt.', 'approved'],
    ['Dagsordenen og referatet godkendes.', 'approved'],
    ['Referatet fra sidste møde blev godkendt.', 'approved'],
    ['Chefforum godkendte dagsorden, samt referatet fra d. 9. maj 2019.', 'approved'],
    ['Chefforum godkendte referatet med en rettelse til punkt 4.', 'approved'],
    ['Dagsordenen blev godkendt. Referatet udsættes til næste møde.', 'refused'],
    ['Referatet blev ikke godkendt.', 'refused'],
    ['Referatet godkendes ikke, da punkt 3 mangler.', 'refused'],
    ['Dagsordenen blev godkendt.', 'unknown'],
    ['Taget til efterretning.', 'unknown'],
    ['', 'unknown'],
  ])('%j → %s', (text, verdict) => {
    expect(approvalVerdict(text)).toBe(verdict);
  });
});

const point = (title: string, recommendations: string[], decision: string | null = null) => ({
  title,
  closed: false,
  recommendations,
  decision,
});

describe('the approving point and the referat it names', () => {
  it.each([
    [
      '2019+ layout',
      point('Godkendelse af dagsorden og referat', [
        'at Chefforum godkender dagsordenen for dagens møde',
        'at Chefforum godkender referatet fra mødet den 24. september 2020',
      ]),
      { referatOf: '2020-09-24' },
    ],
    [
      '2014–15 layout',
      point('Godkendelse af dagsorden og referat', [
        'At chefforum godkender dagsordenen for mødet',
        'At chefforum godkender referatet af mødet den 16. januar 2014',
      ]),
      { referatOf: '2014-01-16' },
    ],
    [
      "the agenda's own date is not the referat's",
      point('Godkendelse af dagsorden og referat', [
        'at Chefforum godkender dagsordenen for mødet den 8. oktober 2020 og referatet fra mødet den 24. september 2020',
      ]),
      { referatOf: '2020-09-24' },
    ],
    [
      'a date written with digits',
      point('Godkendelse af referat', ['at Chefforum godkender referatet fra mødet 06-11-2019']),
      { referatOf: '2019-11-06' },
    ],
    [
      'named only in the decision',
      point(
        'Godkendelse af dagsorden og referat',
        [],
        'Dagsordenen blev godkendt. Referatet af mødet den 21. oktober 2014 blev godkendt uden bemærkninger.',
      ),
      { referatOf: '2014-10-21' },
    ],
    [
      'no date named',
      point('Godkendelse af dagsorden og referat', ['at Chefforum godkender dagsorden og referat']),
      { referatOf: null },
    ],
    [
      '"Godkendelse af dagsorden" whose Indstilling approves a referat',
      point('Godkendelse af dagsorden', ['at Chefforum godkender referatet fra mødet den 6. november 2019']),
      { referatOf: '2019-11-06' },
    ],
    [
      '"Godkendelse af dagsorden" alone',
      point('Godkendelse af dagsorden', ['at dagsordenen godkendes']),
      undefined,
    ],
    ['another point', point('Godkendelse af budget 2023', ['at Chefforum godkender budgettet']), undefined],
    ['a closed point', { ...point('Godkendelse af dagsorden og referat', []), closed: true }, undefined],
  ])('%s', (_, item, approves) => {
    expect(approvesOf(item)).toEqual(approves);
  });

  it.each([
    ['Godkendelse af dagsorden og referat', true],
    ['Godkendelse af referat', true],
    ['Godkendelse af budget 2023', false],
  ])('%j is the approval point by its title: %s', (title, is) => {
    expect(isApprovalPoint(title)).toBe(is);
  });
});

describe('which referat is approved', () => {
  type Items = Pick<AgendaItem, 'number' | 'approves'>[];
  const meeting = (date: string, items: Items = []) => ({ date, items });
  const approving = (number: number, referatOf: string | null): Items[number] => ({
    number,
    approves: { referatOf },
  });
  const decision = (meetingDate: string, itemNumber: number, text: string, title = 'Budget') => ({
    meetingDate,
    itemNumber,
    title,
    decision: text,
  });
  const approved = (approvedOn: string) => ({ status: 'approved', approvedOn, approvedBy: 'Chefforum' });
  const notApproved = { status: 'not-approved' };

  it.each([
    {
      case: 'point 2 approves the referat it names, not the nearest earlier one',
      meetings: [
        meeting('2019-11-06'),
        meeting('2019-11-20'),
        meeting('2019-12-04', [{ number: 1 }, approving(2, '2019-11-06')]),
      ],
      decisions: [decision('2019-12-04', 2, 'Dagsorden og referat godkendt.')],
      expected: [
        ['2019-11-06', approved('2019-12-04')],
        ['2019-11-20', notApproved],
        ['2019-12-04', notApproved],
      ],
    },
    {
      case: 'no date named: the nearest earlier meeting',
      meetings: [meeting('2022-01-13'), meeting('2022-02-10', [approving(1, null)])],
      decisions: [decision('2022-02-10', 1, 'Godkendt.')],
      expected: [
        ['2022-01-13', approved('2022-02-10')],
        ['2022-02-10', notApproved],
      ],
    },
    {
      case: 'a named date not before the approving meeting: the nearest earlier meeting',
      meetings: [meeting('2022-01-13'), meeting('2022-02-10', [approving(1, '2022-02-10')])],
      decisions: [decision('2022-02-10', 1, 'Godkendt.')],
      expected: [
        ['2022-01-13', approved('2022-02-10')],
        ['2022-02-10', notApproved],
      ],
    },
    {
      case: 'point 1 that is no approving point approves nothing',
      meetings: [meeting('2022-01-13'), meeting('2022-02-10', [{ number: 1 }, approving(2, null)])],
      decisions: [decision('2022-02-10', 1, 'Godkendt.', 'Godkendelse af dagsorden og referat')],
      expected: [],
    },
    {
      case: 'no document read of the approving meeting: its title tells',
      meetings: [meeting('2022-01-13')],
      decisions: [decision('2022-02-10', 1, 'Godkendt.', 'Godkendelse af dagsorden og referat')],
      expected: [['2022-01-13', approved('2022-02-10')]],
    },
    {
      case: 'refused, and the referat after the latest approved waits',
      meetings: [
        meeting('2022-01-13'),
        meeting('2022-02-10', [approving(1, '2022-01-13')]),
        meeting('2022-03-10', [approving(1, '2022-02-10')]),
        meeting('2022-04-07'),
      ],
      decisions: [
        decision('2022-02-10', 1, 'Godkendt.'),
        decision('2022-03-10', 1, 'Referatet blev ikke godkendt.'),
      ],
      expected: [
        ['2022-01-13', approved('2022-02-10')],
        ['2022-02-10', notApproved],
        ['2022-03-10', notApproved],
        ['2022-04-07', notApproved],
      ],
    },
    {
      case: 'old referater whose approval was never recorded are not spoken of',
      meetings: [
        meeting('2014-02-11'),
        meeting('2014-03-11', [approving(1, '2014-02-11')]),
        meeting('2020-10-08'),
        meeting('2020-10-22', [approving(1, '2020-10-08')]),
      ],
      decisions: [decision('2020-10-22', 1, 'Dagsorden og referat blev godkendt.')],
      expected: [
        ['2020-10-08', approved('2020-10-22')],
        ['2020-10-22', notApproved],
      ],
    },
    {
      case: 'no approval recorded at all: nothing is said',
      meetings: [meeting('2022-01-13'), meeting('2022-02-10', [approving(1, '2022-01-13')])],
      decisions: [decision('2022-02-10', 1, 'Dagsordenen blev godkendt.')],
      expected: [],
    },
  ])('$case', ({ meetings, decisions, expected }) => {
    const approvals = referatApprovals(meetings, decisions, 'Chefforum');
    expect([...approvals].sort(([a], [b]) => a.localeCompare(b))).toEqual(expected);
  });
});
