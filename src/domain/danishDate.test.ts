import { danishLongDate, findNumericDate, findWrittenDate, isoDate, normaliseClock } from './danishDate';

describe('Danish dates and times', () => {
  it.each([
    ['Torsdag d. 08. oktober 2020 kl. 09:00', '2020-10-08'],
    ['tirsdag den 6. oktober', null],
    ['senest den 20. december 2019', '2019-12-20'],
    ['d. 5. November 2020', '2020-11-05'],
    ['31. februar 2021', null],
  ])('written: %s → %s', (text, iso) => {
    expect(findWrittenDate(text)).toBe(iso);
  });

  it.each([
    ['REFERAT Chefforum d. 08-10-2020', '2020-10-08'],
    ['BESLUTNING I CHEFFORUM DEN 23.04.2015', '2015-04-23'],
    ['1/2/2014', '2014-02-01'],
    ['32-01-2014', null],
  ])('numeric: %s → %s', (text, iso) => {
    expect(findNumericDate(text)).toBe(iso);
  });

  it.each([
    ['9.30', '09:30'],
    ['09:00', '09:00'],
    ['13.15', '13:15'],
    ['25.00', null],
    ['9.75', null],
  ])('clock %s → %s', (text, clock) => {
    expect(normaliseClock(text)).toBe(clock);
  });

  it.each([
    ['2020-10-08', '8. oktober 2020'],
    ['2022-03-10', '10. marts 2022'],
    ['2015-12-31', '31. december 2015'],
    ['ikke en dato', 'ikke en dato'],
  ])('writes %s as %s', (iso, danish) => {
    expect(danishLongDate(iso)).toBe(danish);
  });

  it('knows leap years', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
  });
});
