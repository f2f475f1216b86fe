// The emulator's $filter equality: the fast answer for plain texts is the collator's answer.
import { compareValues, equalValues, matches, parseFilter } from './odataFilter';

describe('equalValues', () => {
  it('tells apart every two different printable-ASCII texts of up to two characters, as the Danish collator does', () => {
    const characters = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));
    const texts = [
      ...characters,
      ...characters.flatMap((first) => characters.map((second) => first + second)),
    ];
    // Danish sorts "aa" as "å": the contraction too is told apart from its neighbours.
    texts.push(...['aa', 'Aa', 'AA', 'aA'].flatMap((pair) => characters.map((next) => pair + next)));
    const collator = new Intl.Collator('da');
    texts.sort(collator.compare);
    const sameToTheCollator = texts.filter(
      (text, index) =>
        index > 0 && text !== texts[index - 1] && collator.compare(text, texts[index - 1]!) === 0,
    );
    expect(sameToTheCollator).toEqual([]);
  });

  it.each([
    ['abc', 'abc', true],
    ['2021-01-01#5', '2021-01-01#50', false],
    ['abc', 'ABC', false],
    ['aa', 'å', false],
    ['2021-01-01', '2021-01-01T00:00:00Z', true], // dates as instants
    ['2021-01-01T10:00:00+01:00', '2021-01-01T09:00:00Z', true],
    ['\u00c5', 'A\u030a', true], // Å composed and decomposed: canonically the same
    ['a\u200bb', 'ab', true], // a zero-width space is ignorable to the collator
    [7, 7, true],
    [7, 8, false],
  ] as const)('%j and %j are equal: %s, as compareValues says', (a, b, equal) => {
    expect(equalValues(a, b)).toBe(equal);
    expect(compareValues(a, b) === 0).toBe(equal);
  });

  it('answers eq and ne in a $filter', () => {
    const fields = { Key: '2021-01-01#5', MeetingDate: '2021-01-01T00:00:00Z' };
    const holds = (filter: string) => matches(parseFilter(filter).expr, fields);
    expect(holds("fields/Key eq '2021-01-01#5'")).toBe(true);
    expect(holds("fields/Key eq '2021-01-01#50'")).toBe(false);
    expect(holds("fields/Key ne '2021-01-01#50'")).toBe(true);
    expect(holds("fields/Key ne '2021-01-01#5'")).toBe(false);
    expect(holds("fields/MeetingDate eq '2021-01-01'")).toBe(true);
    expect(holds('fields/MeetingDate gt 2020-12-31')).toBe(true);
  });
});
