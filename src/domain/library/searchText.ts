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
