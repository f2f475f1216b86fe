// Damaged and random files never make the document readers throw anything but UnreadableDocumentError,
// and whatever text they do return goes through the parser without anything but NotAReferatError.
import fc from 'fast-check';
import { readDocumentText } from '../../src/documents/readDocumentText';
import { UnreadableDocumentError } from '../../src/documents/UnreadableDocumentError';
import { NotAReferatError } from '../../src/domain/referat/NotAReferatError';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { corpusFile, corpusRequirement } from '../support/corpus';
import { itEachRequiring } from '../support/requirement';
import { seedProperties } from '../support/propertySeed';

seedProperties();

async function readOrRefuse(bytes: Uint8Array, name: string): Promise<void> {
  let text: string;
  try {
    text = await readDocumentText(bytes, name);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return;
    throw error;
  }
  try {
    parseReferat(text);
  } catch (error) {
    if (!(error instanceof NotAReferatError)) throw error;
  }
}

const names = fc.constantFrom('referat.pdf', 'referat.docx', 'referat.txt', 'referat', 'referat.xlsx');

describe('the document readers on damaged input', () => {
  it('never throw an untyped error on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), names, readOrRefuse), {
      numRuns: 150,
    });
  });

  it('never throw an untyped error on random bytes behind a PDF or zip signature', async () => {
    const signed = fc
      .tuple(
        fc.constantFrom([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], [0x50, 0x4b, 0x03, 0x04]),
        fc.uint8Array({ maxLength: 3000 }),
      )
      .map(([magic, rest]) => new Uint8Array([...magic, ...rest]));
    await fc.assert(fc.asyncProperty(signed, names, readOrRefuse), { numRuns: 100 });
  });

  itEachRequiring(corpusRequirement, ['pdf', 'docx', 'styled.pdf', 'styled.docx'])(
    'never throw an untyped error on damaged corpus .%s files',
    async (format) => {
      const original = corpusFile(`referat-2020-10-22.${format}`);
      const damage = fc.oneof(
        fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: original.length - 1 }) }),
        fc.record({
          kind: fc.constant('flip' as const),
          at: fc.array(fc.nat({ max: original.length - 1 }), { minLength: 1, maxLength: 40 }),
          value: fc.integer({ min: 0, max: 255 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(damage, async (hurt) => {
          const bytes = hurt.kind === 'truncate' ? original.slice(0, hurt.at) : original.slice();
          if (hurt.kind === 'flip') for (const at of hurt.at) bytes[at] = hurt.value;
          await readOrRefuse(bytes, `referat.${format.replace('styled.', '')}`);
        }),
        { numRuns: 40 },
      );
    },
  );
});
