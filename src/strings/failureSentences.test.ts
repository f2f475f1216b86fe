// Every failure code has a sentence in Danish and in English, and a failure that carries more (the
// permission Graph named, why a file cannot be read, a blocked popup) gets the more precise one.
import { FAILURE_CODES, type Failure } from '../domain/failure';
import { da } from './da';
import { describeFailure } from './describeFailure';
import { en } from './en';

const REASONS = [
  'empty',
  'unsupported-format',
  'corrupt-pdf',
  'encrypted-pdf',
  'corrupt-docx',
  'not-text',
  'too-large',
] as const;

describe('failure sentences', () => {
  it('have exactly the vocabulary’s codes in both languages', () => {
    expect(Object.keys(da.failure).sort()).toEqual([...FAILURE_CODES].sort());
    expect(Object.keys(en.failure).sort()).toEqual([...FAILURE_CODES].sort());
  });

  it.each(FAILURE_CODES.map((code) => [code]))(
    '%s: a sentence in each language, not the code, and not the same words',
    (code) => {
      for (const sentence of [da.failure[code], en.failure[code]]) {
        expect(sentence.trim()).not.toBe('');
        expect(sentence).not.toBe(code);
        expect(sentence).toMatch(/[.!?]$/);
      }
      expect(da.failure[code]).not.toBe(en.failure[code]);
    },
  );

  it.each(REASONS.map((reason) => [reason]))(
    'unreadable because %s: a sentence in each language',
    (reason) => {
      expect(da.unreadable[reason]).toMatch(/^Filen .+\.$/);
      expect(en.unreadable[reason]).toMatch(/^The file .+\.$/);
      expect(Object.keys(da.unreadable).sort()).toEqual([...REASONS].sort());
      expect(Object.keys(en.unreadable).sort()).toEqual([...REASONS].sort());
    },
  );
});

describe('describeFailure', () => {
  it.each<[string, Failure, string]>([
    [
      'forbidden, naming the permission',
      { code: 'forbidden', missingPermission: 'ChannelMessage.Read.All' },
      'Tabben mangler tilladelsen ChannelMessage.Read.All. En administrator i Microsoft 365 skal give samtykke til den for Chefforum-appen (Microsoft Entra → Virksomhedsprogrammer → Chefforum → Tilladelser).',
    ],
    [
      'forbidden, naming none',
      { code: 'forbidden', missingPermission: null },
      'Du har ikke rettighed til det i Microsoft 365. Bed en ejer af teamet om hjælp.',
    ],
    [
      'a password-protected PDF',
      { code: 'unreadable', reason: 'encrypted-pdf' },
      'Filen kan ikke læses. PDF-filen er beskyttet med en adgangskode.',
    ],
    ['an empty file', { code: 'unreadable', reason: 'empty' }, 'Filen er tom.'],
    [
      'a blocked popup',
      { code: 'sign-in-needed', reason: 'popup-blocked' },
      'Log ind-vinduet blev blokeret. Tillad pop op-vinduer for siden, og tryk Log ind igen.',
    ],
    [
      'a sign-in that needs a click',
      { code: 'sign-in-needed', reason: 'interaction-required' },
      'Appen skal bruge din tilladelse for at fortsætte. Tryk Log ind.',
    ],
    [
      'throttled',
      { code: 'throttled', retryAfterMs: 5000 },
      'Microsoft 365 beder os vente et øjeblik. Prøv igen om lidt.',
    ],
    ['the app missing in the team', { code: 'app-not-installed' }, da.failure['app-not-installed']],
  ])('says %s in Danish', (_name, failure, sentence) => {
    expect(describeFailure(da, failure)).toBe(sentence);
  });

  it('says it in English with the English table', () => {
    expect(describeFailure(en, { code: 'unreadable', reason: 'corrupt-docx' })).toBe(
      'The file cannot be read. The Word document is damaged.',
    );
  });
});
