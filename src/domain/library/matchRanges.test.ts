// A search hit highlights what matched, in the text as written, whatever folding found it.
import { queryWords } from './searchIndex';
import { matchRanges } from './searchText';

const marked = (text: string, query: string) =>
  matchRanges(text, queryWords(query))
    .map(([start, end]) => text.slice(start, end))
    .join('|');

describe('the parts of a snippet a hit highlights', () => {
  it.each([
    ['Energirenovering af skoler i Ålholm.', 'renovering', 'renovering'],
    ['Energirenovering af skoler i Ålholm.', 'aalholm', 'Ålholm'],
    ['Skoler i Aalholm og Ålholm.', 'ålholm', 'Aalholm|Ålholm'],
    ['Budget   OEKONOMI 2027', 'økonomi', 'OEKONOMI'],
    ['Klimaplan og klimaplanen', 'KLIMAPLAN', 'Klimaplan|klimaplan'],
    ['Klimaplan: status', 'klima plan', 'Klimaplan'],
    ['Sag 13/15155 behandlet', '13/15155', '13/15155'],
    ['Ingen træf her', 'budget', ''],
  ])('%s, searched for "%s": %s', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });
});
