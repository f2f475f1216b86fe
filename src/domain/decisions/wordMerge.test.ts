// The conflict dialog's "Flet": two edits of one decision merged word by word against the version both
// started from. Each side's change lands once; only the same words changed by both are a clash.
import { mergeWords, wordDiff } from './wordMerge';

// A decision of 460 characters, as Chefforum writes them.
const BASE =
  'Chefforum godkendte indstillingen om budgetopfølgning pr. 31. august 2026 med de bemærkninger, der ' +
  'fremkom på mødet. Direktionen tog orienteringen om merforbruget på det specialiserede socialområde til ' +
  'efterretning og bad Chefen for Økonomi & Stab om at lave en handleplan. Handleplanen forelægges ' +
  'Chefforum på mødet den 12. november 2026. Cheferne melder inden 1. oktober tilbage om mulige ' +
  'besparelser, og Økonomi samler bidragene i et fælles notat til mødet.';

describe('merging two edits of a decision word by word', () => {
  it('starts from a 460-character decision', () => expect(BASE).toHaveLength(460));

  it.each([
    [
      'an edit in each sentence: both kept, once each (the old "Flet" gave 1,078 characters)',
      BASE.replace('12. november', '26. november'),
      BASE.replace('1. oktober', '15. oktober'),
      BASE.replace('12. november', '26. november').replace('1. oktober', '15. oktober'),
      [],
    ],
    [
      'one side added a sentence, the other changed a word',
      `${BASE} Sagen genoptages i december.`,
      BASE.replace('handleplan', 'samlet handleplan'),
      `${BASE.replace('handleplan', 'samlet handleplan')} Sagen genoptages i december.`,
      [],
    ],
    [
      'one side deleted words the other left alone',
      BASE.replace(' med de bemærkninger, der fremkom på mødet', ''),
      BASE.replace('Direktionen', 'Chefforum'),
      BASE.replace(' med de bemærkninger, der fremkom på mødet', '').replace('Direktionen', 'Chefforum'),
      [],
    ],
    [
      'the same change on both sides is no clash',
      BASE.replace('1. oktober', '15. oktober'),
      BASE.replace('1. oktober', '15. oktober'),
      BASE.replace('1. oktober', '15. oktober'),
      [],
    ],
    [
      'both changed the same date: both kept there, mine first, and said',
      BASE.replace('12. november', '26. november'),
      BASE.replace('12. november', '10. december'),
      BASE.replace('12. november', '26. november / 10. december'),
      [{ base: '12. november ', mine: '26. november ', theirs: '10. december ' }],
    ],
    [
      'one deleted the words the other changed: the change is kept, and said',
      BASE.replace(' pr. 31. august 2026', ''),
      BASE.replace('31. august', '30. september'),
      BASE.replace('31. august', '30. september'),
      [{ base: 'pr. 31. august 2026 ', mine: '', theirs: 'pr. 30. september 2026 ' }],
    ],
  ])('%s', (_name, mine, theirs, expected, clashes) => {
    const merged = mergeWords(BASE, mine, theirs);
    expect(merged.text).toBe(expected);
    expect(merged.clashes).toEqual(clashes);
    expect(merged.text.length).toBeLessThan(BASE.length + 40); // never both copies
  });

  it.each([
    ['', 'Ny tekst.', [{ kind: 'added', text: 'Ny tekst.' }]],
    [
      'Planen godkendes i dag.',
      'Planen godkendes ikke i dag.',
      [
        { kind: 'same', text: 'Planen godkendes ' },
        { kind: 'added', text: 'ikke ' },
        { kind: 'same', text: 'i dag.' },
      ],
    ],
    [
      'Planen godkendes i dag.',
      'Planen udsættes.',
      [
        { kind: 'same', text: 'Planen ' },
        { kind: 'removed', text: 'godkendes i dag' },
        { kind: 'added', text: 'udsættes' },
        { kind: 'same', text: '.' },
      ],
    ],
  ])('diffs «%s» → «%s» word by word', (before, after, parts) => {
    expect(wordDiff(before, after)).toEqual(parts);
  });
});
