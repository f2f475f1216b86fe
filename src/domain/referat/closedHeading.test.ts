import { closedHeadingOf } from './closedHeading';

describe('a closed point heading', () => {
  it.each([
    ['Punkt 3: Lukket', 3, true],
    ['punkt 2:Lukket', 2, true],
    ['Punkt 3. LUKKET.', 3, true],
    ['Punkt 4: CF - Lukket punkt', 4, true],
    ['Punkt 2: Lukket: Personalesag', 2, false],
    ['Punkt 2: CF - Personalesag (Lukket)', 2, false],
    ['Punkt 12: CF - Budget (9.30-10.00) – lukket', 12, false],
    ['Pkt. 3 – lukket', 3, false],
    ['PKT 3 LUKKET', 3, false],
    ['Punkt\u00A03\u202F:\tLukket   punkt', 3, true],
    ['Punkt nr. 5: Fortroligt', 5, false],
    ['3. Lukket', 3, false],
    ['Lukket punkt 3', 3, false],
    ['(Lukket)', null, false],
    ['CF - Lukket', null, false],
    ['Punkt: lukket', null, false],
    ['Punkt III: Lukket', null, false],
    ['Punkt 3 personalesag (lukket)', 3, false],
    ['pkt 3 tjenestesag – LUKKET', 3, false],
    ['Punkt 3: Ikke offentligt', 3, false],
    ['Punkt 3: CF - Personalesag (ikke-offentlig)', 3, false],
    ['Punkt 3: L U K K E T', 3, false],
    ['Punkt 3: \uFF2C\uFF55\uFF4B\uFF4B\uFF45\uFF54', 3, false],
  ])('%j is closed point %p (regular: %p)', (line, number, regular) => {
    expect(closedHeadingOf(line)).toEqual({ number, regular });
  });

  it.each([
    'Punkt 3: CF - Budget 2021',
    'Punkt 3 blev behandlet som lukket punkt',
    'Punkt 3 og 4 er lukket',
    'Punktet blev lukket',
    'Sagen blev lukket i maj.',
    'Lukkedage i juli',
    '1. at Chefforum godkender at sagen er lukket',
    'Lukket for optag af nye børn i alle institutioner fra maj',
  ])('%j is no closed heading (it mentions the word, or not even that)', (line) => {
    expect(closedHeadingOf(line)).toBeNull();
  });
});
