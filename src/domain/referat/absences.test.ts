import { absenteesOf } from './absences';

describe('absences', () => {
  it.each([
    ['Chefen for Dagtilbud deltog ikke i mødet.', ['Chefen for Dagtilbud']],
    ['Jette og Birgitte deltog ikke i mødet.', ['Jette', 'Birgitte']],
    [
      'Chefen for Kultur & Fritid, Chefen for Miljø & Teknik og Søren deltog ikke',
      ['Chefen for Kultur & Fritid', 'Chefen for Miljø & Teknik', 'Søren'],
    ],
    ['Afbud: Jette, Birgitte.', ['Jette', 'Birgitte']],
    ['Chefforum godkendte dagsordenen.', null],
    ['deltog ikke i mødet.', null],
  ])('%s', (sentence, names) => {
    expect(absenteesOf(sentence)).toEqual(names);
  });
});
