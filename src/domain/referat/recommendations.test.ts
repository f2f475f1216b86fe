import { isRecommenderLine, parseRecommendations } from './recommendations';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('the Indstilling block', () => {
  it.each([
    [
      'numbered, 2019+ layout',
      [
        'Kommunaldirektøren indstiller,',
        '',
        '1. at Chefforum godkender dagsordenen',
        '2. at Chefforum godkender referatet',
      ],
      'Kommunaldirektøren',
      ['at Chefforum godkender dagsordenen', 'at Chefforum godkender referatet'],
    ],
    [
      'numbered with a colon, 2014–15 layout, capital "At" kept',
      ['Kommunaldirektøren indstiller:', '1. At chefforum drøfter årshjulet'],
      'Kommunaldirektøren',
      ['At chefforum drøfter årshjulet'],
    ],
    [
      'without numbers',
      [
        'Chefen for Økonomi & Stab indstiller',
        '',
        'at budgettet godkendes',
        '',
        'at sagen genoptages i marts',
      ],
      'Chefen for Økonomi & Stab',
      ['at budgettet godkendes', 'at sagen genoptages i marts'],
    ],
    [
      'on the recommender line itself',
      ['Kommunaldirektøren indstiller, at Chefforum tager orienteringen til efterretning.'],
      'Kommunaldirektøren',
      ['at Chefforum tager orienteringen til efterretning.'],
    ],
    [
      'two recommenders: the last before the items wins',
      [
        'Afdelingschefen indstiller, at',
        '',
        'Chefen for Økonomi & Stab indstiller;',
        '',
        '1. at Chefforum tager det til efterretning',
      ],
      'Chefen for Økonomi & Stab',
      ['at Chefforum tager det til efterretning'],
    ],
    [
      'a recommendation a PDF broke over two lines',
      [
        'Kommunaldirektøren indstiller,',
        '1. at Chefforum drøfter de foreslåede',
        'ændringer til mødestrukturen',
        '2. at Chefforum beslutter',
      ],
      'Kommunaldirektøren',
      ['at Chefforum drøfter de foreslåede ændringer til mødestrukturen', 'at Chefforum beslutter'],
    ],
    ['no recommender named', ['1. at Chefforum godkender planen'], null, ['at Chefforum godkender planen']],
  ])('%s', (_name, block, recommendedBy, recommendations) => {
    expect(parseRecommendations(lines(...block))).toEqual({ recommendedBy, recommendations, unplaced: [] });
  });

  it('reports text it cannot place, by line', () => {
    expect(parseRecommendations(lines('Se bilag', '1. at planen godkendes')).unplaced).toEqual([1]);
  });

  it.each([
    ['Kommunaldirektøren indstiller,', true],
    ['Afdelingschefen indstiller, at', true],
    ['Chefen for Økonomi & Stab indstiller;', true],
    ['Forvaltningen har tidligere i år, efter flere drøftelser. Den indstiller, at', false],
    ['indstiller alle at', false],
  ])('%s names a recommender: %s', (line, expected) => {
    expect(isRecommenderLine(line)).toBe(expected);
  });
});
