import { approvesPreviousReferat, isApprovalPoint, referatApprovals } from './approval';

describe('when point 1 approves the previous referat', () => {
  it.each([
    ['Godkendt.', true],
    ['Godkendt', true],
    ['Dagsorden og referat godkendt.', true],
    ['Dagsordenen og referatet godkendes.', true],
    ['Referatet fra sidste møde blev godkendt.', true],
    ['Chefforum godkendte referatet med en rettelse til punkt 4.', true],
    ['Dagsordenen blev godkendt. Referatet udsættes til næste møde.', false],
    ['Referatet blev ikke godkendt.', false],
    ['Referatet godkendes ikke, da punkt 3 mangler.', false],
    ['Dagsordenen blev godkendt.', false],
    ['Taget til efterretning.', false],
    ['', false],
  ])('%j → %s', (text, approves) => {
    expect(approvesPreviousReferat(text)).toBe(approves);
  });

  it.each([
    ['Godkendelse af dagsorden og referat', true],
    ['Godkendelse af referat', true],
    ['Godkendelse af budget 2023', false],
  ])('%j is the approval point: %s', (title, is) => {
    expect(isApprovalPoint(title)).toBe(is);
  });

  it('marks the meeting before the approving one, and only when point 1 approves', () => {
    const point1 = (meetingDate: string, decision: string) => ({
      meetingDate,
      itemNumber: 1,
      title: 'Godkendelse af dagsorden og referat',
      decision,
    });
    const approvals = referatApprovals(
      ['2022-01-13', '2022-02-10', '2022-03-10', '2022-04-07'],
      [
        point1('2022-02-10', 'Godkendt.'),
        point1('2022-03-10', 'Referatet blev ikke godkendt.'),
        { ...point1('2022-04-07', 'Godkendt.'), itemNumber: 2 }, // not point 1
      ],
      'Chefforum',
    );
    expect([...approvals]).toEqual([['2022-01-13', { approvedOn: '2022-02-10', approvedBy: 'Chefforum' }]]);
  });
});
