// Closed points fail closed (issue #20): a heading that marks a point closed, however it is written and
// wherever it stands — a number repeated, out of order, after the last point, before the first — hides
// everything after it up to the next real point. Generated variants, not a list: secret text after such
// a heading appears nowhere in the parsed meeting (titles, sections, decisions, attachments,
// recommendations, issues), and the open points around it keep exactly what they had.
import fc from 'fast-check';
import type { AgendaItem, Meeting } from '../../src/domain/meeting';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { seedProperties } from '../support/propertySeed';

seedProperties();

const SECRET = 'HEMMELIG';

/** Space as documents write it: plain, no-break (U+00A0, U+202F), tab, several. */
const space = fc.constantFrom(' ', ' ', '\u00A0', '\u202F', '\t', '   ', ' \u00A0');
const label = fc.constantFrom('Punkt', 'PUNKT', 'punkt', 'Pkt.', 'Pkt', 'pkt.', 'PKT.');
const separator = fc.constantFrom(':', ':', '.', ' -', ' –', ' —', ':', '');
const closedWord = fc.constantFrom(
  'Lukket',
  'LUKKET',
  'lukket',
  'Lukket punkt',
  'LUKKET PUNKT',
  'Lukket.',
  'Ikke offentligt',
  'Ikke-offentlig',
  'Fortroligt',
  'L U K K E T',
  '\uFF2C\uFF55\uFF4B\uFF4B\uFF45\uFF54', // "Lukket" in full-width letters
);
const timeslot = fc.constantFrom('', '', ' (9.30-10.00)', ' (kl. 13.15 – 14.00)');
const prefix = fc.constantFrom('', '', 'CF - ', 'CF – ', 'cf-');

/** "Lukket" alone, first ("Lukket: Personalesag") or last ("Personalesag (Lukket)", "… – lukket"). */
const closedTitle = fc.oneof(
  fc.tuple(prefix, closedWord, timeslot).map(([cf, word, slot]) => `${cf}${word}${slot}`),
  fc
    .tuple(prefix, closedWord, fc.constantFrom(': Personalesag', ' – Personalesag', ' punkt: Tjenestesag'))
    .map(([cf, word, more]) => `${cf}${word}${more}`),
  fc
    .tuple(
      prefix,
      fc.constantFrom(
        'Personalesag',
        'Tjenestemandssag vedr. medarbejder',
        'Sag om ansættelse',
        'personalesag',
      ),
      fc.constantFrom(' (Lukket)', ' (LUKKET)', ' – lukket', ' - Lukket', ' [lukket]'),
      timeslot,
    )
    .map(([cf, title, word, slot]) => `${cf}${title}${word}${slot}`),
);

/** A closed point's heading line, numbered `number`, in one of the many ways a person may type it. */
function closedHeading(number: number): fc.Arbitrary<string> {
  const labelled = fc
    .tuple(space, label, space, separator, space, closedTitle, space)
    .map(
      ([lead, name, gap, sep, after, title, trail]) =>
        `${lead === ' ' ? '' : lead}${name}${gap}${number}${sep}${sep === '' ? ' ' : after}${title}${trail}`,
    );
  // The closed word first ("Lukket punkt 3"), or a bare number ("3. LUKKET").
  const wordFirst = fc
    .tuple(closedWord, space, label)
    .map(([word, gap, name]) => `${word.replace(/\.$/, '')}${gap}${name} ${number}`);
  const bare = fc
    .tuple(fc.constantFrom('.', ':', ' -', ')'), space, closedWord)
    .map(([sep, gap, word]) => `${number}${sep}${gap}${word}`);
  return fc.oneof({ weight: 4, arbitrary: labelled }, wordFirst, bare);
}

/**
 * What follows a closed heading numbered `number`: the secret in every place an open point would keep
 * text, and the point's real title written again under its own number.
 */
const secretBody = (number: number) =>
  fc
    .subarray(
      [
        `${SECRET} tekst lige efter overskriften.`,
        '14/13782',
        'Sagsfremstilling',
        `${SECRET} sagsfremstilling om medarbejderen.`,
        'Indstilling',
        'Kommunaldirektøren indstiller,',
        `1. at ${SECRET} indstilling godkendes`,
        'Beslutning',
        `${SECRET} beslutning.`,
        '',
        `${SECRET} deltog ikke i mødet.`,
        'Bilag',
        `${SECRET} bilag.pdf`,
        `https://kommune.sharepoint.com/${SECRET}`,
        `Punkt ${number}: ${SECRET} titlen skrevet igen`,
      ],
      { minLength: 1 },
    )
    .map((lines) => lines.join('\n'));

/** An open point whose every field says `ÅBEN <n>`, and which mentions "lukket" mid-sentence. */
function openPoint(number: number): string {
  return [
    `Punkt ${number}: CF - Åben sag ${number} (9.00-9.30)`,
    `00.01.00-A21-${number}-20`,
    'Sagsfremstilling',
    `ÅBEN ${number}: sagen blev sidste år behandlet som et lukket punkt, nu åbent.`,
    'Sagen er lukket for nye ansøgninger.',
    'Indstilling',
    'Kommunaldirektøren indstiller,',
    `1. at ÅBEN ${number} godkendes`,
    'Beslutning',
    `ÅBEN ${number} godkendt; punkt 2 og 3 var lukket.`,
    'Bilag',
    `ÅBEN ${number} bilag.pdf`,
  ].join('\n');
}

const HEADER = ['REFERAT Chefforum d. 05-11-2020', 'Mødedato Torsdag d. 05. november 2020 kl. 09:00', ''];

/**
 * A referat of `count` open points, and a closed block inserted before point `at` (count + 1: after
 * the last), numbered as `numbering` says: repeating the point before it, repeating the one after it
 * (out of order), or any number at all.
 */
const scenario = fc
  .record({
    count: fc.integer({ min: 1, max: 5 }),
    at: fc.integer({ min: 1, max: 6 }),
    numbering: fc.constantFrom('previous', 'next', 'later', 'any'),
    anyNumber: fc.integer({ min: 0, max: 120 }),
  })
  .chain(({ count, at, numbering, anyNumber }) => {
    const place = Math.min(at, count + 1);
    const number = {
      previous: Math.max(1, place - 1),
      next: Math.min(place, count),
      later: count + 1,
      any: anyNumber,
    }[numbering]!;
    return fc.record({
      count: fc.constant(count),
      place: fc.constant(place),
      number: fc.constant(number),
      heading: closedHeading(number),
      body: secretBody(number),
    });
  });

function referat(count: number, closed?: { place: number; heading: string; body: string }): string {
  const points = Array.from({ length: count }, (_, index) => openPoint(index + 1));
  if (closed) points.splice(closed.place - 1, 0, `${closed.heading}\n${closed.body}`);
  return [...HEADER, ...points].join('\n');
}

const openItems = (meeting: Meeting) => meeting.items.filter((item) => !item.closed);

describe('a closed point, however its heading is written and wherever it stands', () => {
  it('hides what follows it, and leaves the open points around it as they were', () => {
    fc.assert(
      fc.property(scenario, ({ count, place, number, heading, body }) => {
        const without = parseReferat(referat(count));
        const meeting = parseReferat(referat(count, { place, heading, body }));
        expect(JSON.stringify(meeting).toUpperCase()).not.toContain(SECRET);
        // An open heading right after the closed one under the closed one's own number may be that
        // point's real title written again: it stays hidden too (fail closed), and nothing else does.
        const hidden = (item: AgendaItem) => item.number === number && item.number === place;
        expect(openItems(meeting)).toEqual(openItems(without).filter((item) => !hidden(item)));
        expect(meeting.items.filter((item) => item.closed)).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });
});
