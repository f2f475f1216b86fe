import { withoutControlCharacters } from './plainText';

describe('plain text', () => {
  it.each([
    ['Danish text as it is', 'Æbler, øl & åer – “godkendt” 😀', 'Æbler, øl & åer – “godkendt” 😀'],
    ['line breaks and tabs kept, CR LF and CR as LF', 'a\r\nb\rc\td\ne', 'a\nb\nc\td\ne'],
    ['line and paragraph separators as LF', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['C0 controls dropped', 'a\u0000b\u0007c\u001bd\u000be\u000cf', 'abcdef'],
    ['DEL and C1 controls dropped', 'a\u007fb\u0085c\u009fd', 'abcd'],
    ['bidi embeddings and overrides dropped', 'a\u202ab\u202bc\u202cd\u202de\u202ef', 'abcdef'],
    ['bidi isolates and marks dropped', 'a\u2066b\u2067c\u2068d\u2069e\u200ef\u200fg\u061ch', 'abcdefgh'],
    ['a byte order mark dropped', '\ufeffReferat', 'Referat'],
    ['lone surrogates dropped, pairs kept', '\ud83d a \ude00 b \ud83d\ude00', ' a  b 😀'],
  ])('%s', (_name, text, plain) => {
    expect(withoutControlCharacters(text)).toBe(plain);
  });
});
