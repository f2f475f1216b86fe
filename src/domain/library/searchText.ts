// Danish-aware text folding for search: case-insensitive, and "aa" found as "å" (and the other way
// round), "ae" as "æ", "oe" as "ø", as older documents and quick typing write them.

/** Text in the form searches compare. */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .normalize('NFC')
    .replace(/aa/g, 'å')
    .replace(/ae/g, 'æ')
    .replace(/oe/g, 'ø')
    .replace(/\s+/g, ' ');
}

const PAIRS: Readonly<Record<string, string>> = { aa: 'å', ae: 'æ', oe: 'ø' };

/**
 * Where the query's folded words occur in a text, as [start, end) ranges of the text itself, merged
 * and in order: what a hit highlights. Folding shortens "aa" to "å", so positions are mapped back.
 */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  let folded = '';
  const origin: number[] = []; // origin[k]: where the k-th folded character starts in the text
  for (let at = 0; at < text.length;) {
    const pair = PAIRS[text.slice(at, at + 2).toLocaleLowerCase('da')];
    const char = pair ?? text[at]!.toLocaleLowerCase('da');
    const blank = /\s/.test(char);
    if (!(blank && folded.endsWith(' '))) {
      folded += blank ? ' ' : char;
      origin.push(at);
    }
    at += pair ? 2 : 1;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (const word of words.filter((each) => each !== '')) {
    for (let found = folded.indexOf(word); found >= 0; found = folded.indexOf(word, found + 1))
      ranges.push([origin[found]!, origin[found + word.length]!]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.reduce<[number, number][]>((merged, range) => {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
    return merged;
  }, []);
}
