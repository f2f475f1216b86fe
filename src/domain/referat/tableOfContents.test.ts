import { tocEntryOf } from './tableOfContents';

describe('table-of-contents entries', () => {
  it.each([
    ['CF - Budgetaftale 2021 (9.00-9.30).....\t4', 'CF - Budgetaftale 2021 (9.00-9.30)', 4],
    ['Lukket.....\t5', 'Lukket', 5],
    ['CF - Evt.....\t10', 'CF - Evt', 10],
    [
      'CF - Opsamling på chefseminar og Chefforums sp… 6',
      'CF - Opsamling på chefseminar og Chefforums sp',
      6,
    ],
    ['CF - Godkendelse af dagsorden\t3', 'CF - Godkendelse af dagsorden', 3],
  ])('%s', (line, title, page) => {
    expect(tocEntryOf(line, 7)).toEqual({ title, page, line: 7 });
  });

  it.each(['Mødested Mødelokale 1', 'Budget 2021', 'Indholdsfortegnelse'])('%s is no entry', (line) => {
    expect(tocEntryOf(line, 1)).toBeNull();
  });
});
