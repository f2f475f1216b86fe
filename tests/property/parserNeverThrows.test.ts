// Odd input never makes the parser throw anything but NotAReferatError, and its output always keeps
// its promises: closed points hold nothing, open points' numbers rise, every issue points at a line of
// the text. (A closed heading may repeat a number or come out of order: it is kept, hidden.)
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../src/domain/meeting';
import { NotAReferatError } from '../../src/domain/referat/NotAReferatError';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { corpusDir, corpusPresent, describeWithCorpus } from '../support/corpus';
import { seedProperties } from '../support/propertySeed';

seedProperties();

const fixturesDir = path.resolve(__dirname, '../fixtures/referater');
const sources = [
  ...(corpusPresent
    ? readdirSync(corpusDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => path.join(corpusDir, name))
    : []),
  ...(existsSync(fixturesDir) ? readdirSync(fixturesDir).map((name) => path.join(fixturesDir, name)) : []),
].map((file) => readFileSync(file, 'utf8'));

type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number };

const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Punkt 3: Lukket',
    'Beslutning',
    'BESLUTNING I CHEFFORUM DEN 99-99-9999',
    'Indstilling',
    'Bilag',
    'Punkt 0:',
    'Punkt 999: CF -  v.  (9.99-)',
    'CF - ',
    'Kommunaldirektøren indstiller,',
    '1. at',
    'deltog ikke i mødet.',
    '.....\t',
    '14/',
    '00.01.00-A21-9-19',
  ),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const at = lines.length === 0 ? 0 : m.at % lines.length;
    if (m.op === 'delete') lines.splice(at, m.count);
    if (m.op === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + m.count));
    if (m.op === 'swap' && lines.length > 0) {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    }
    if (m.op === 'insert') lines.splice(at, 0, m.text);
    if (m.op === 'truncate') lines = lines.slice(0, at);
  }
  return lines.join('\n');
}

// JSON.stringify writes C0 controls as \u escapes and leaves the rest as they are: "\n" and "\t" in a string
// are a line break and a tab, which texts may keep.
const INVISIBLE = /\\u00(?:0[0-8bcef]|1[0-9a-f])|[\u007F-\u009F\p{Cf}]/u;

/** Parses, treating NotAReferatError as the one allowed refusal. Any other throw fails the property. */
function parseOrRefuse(text: string): Meeting | null {
  try {
    return parseReferat(text);
  } catch (error) {
    if (error instanceof NotAReferatError) return null;
    throw error;
  }
}

function keepsItsPromises(meeting: Meeting | null, text: string): void {
  if (meeting === null) return;
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const issue of meeting.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
  for (const issue of meeting.issues) expect(issue.line).toBeLessThanOrEqual(lineCount);
  // No control character (but the line breaks of a text) nor invisible format character (bidirectional
  // overrides and isolates, zero-width characters) reaches a title, section, decision or attachment.
  expect(JSON.stringify(meeting.items, (_key, value: unknown) => value)).not.toMatch(INVISIBLE);
  const open = meeting.items.filter((item) => !item.closed);
  open.forEach((item, index) => {
    if (index > 0) expect(item.number).toBeGreaterThan(open[index - 1]!.number);
  });
  meeting.items.forEach((item) => {
    if (item.closed) {
      expect(item).toMatchObject({
        title: 'Lukket',
        sections: [],
        recommendations: [],
        decision: null,
        attachments: [],
        presenter: null,
      });
    }
  });
}

describeWithCorpus('the parser on odd input, with the corpus', () => {
  it('mutates the corpus texts too', () => {
    expect(readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).length).toBeGreaterThan(0);
  });
});

describe('the parser on odd input', () => {
  it('has documents to mutate', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('never throws on mutated documents, and keeps its promises', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 8 }), (pick, mutations) => {
        const text = mutate(sources[pick % sources.length]!, mutations);
        keepsItsPromises(parseOrRefuse(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc.array(fragment).map((parts) => parts.join('\n')),
        ),
        (text) => {
          keepsItsPromises(parseOrRefuse(text), text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
