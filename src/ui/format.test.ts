import { formatMeetingDate } from './format';
import { languageOf } from '../strings/strings';

describe('meeting dates for people', () => {
  it.each([
    ['2020-10-08', 'da', 'torsdag 8. oktober 2020'],
    ['2014-02-11', 'da', 'tirsdag 11. februar 2014'],
    ['2020-10-08', 'en', 'Thursday 8 October 2020'],
    ['', 'da', ''],
  ] as const)('%s in %s is "%s"', (iso, language, text) => {
    expect(formatMeetingDate(iso, language)).toBe(text);
  });
});

describe('the language', () => {
  it.each([
    [null, ['da-DK'], 'da'],
    [null, ['en-US', 'da'], 'en'],
    ['da', ['en-US'], 'da'],
    ['en', ['da-DK'], 'en'],
    [null, [], 'da'],
    ['fr', ['en-US'], 'da'],
  ] as const)('forced %s with browser %j is %s', (forced, locales, language) => {
    expect(languageOf(forced, locales)).toBe(language);
  });
});
