// Golden files: for each of our own documents, the whole meeting it must give, written independently
// from the document and docs/referat-format.md (tests/fixtures/expected/<name>.json).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReferat } from '../../src/domain/referat/parseReferat';

const fixtures = path.resolve(__dirname, '../fixtures');
const goldens = readdirSync(path.join(fixtures, 'expected')).filter((name) => name.endsWith('.json'));

describe('our documents against their golden meetings', () => {
  it('has golden files', () => {
    expect(goldens.length).toBeGreaterThan(10);
  });

  it.each(goldens)('%s', (golden) => {
    const text = readFileSync(path.join(fixtures, 'referater', golden.replace(/\.json$/, '.txt')), 'utf8');
    expect(parseReferat(text)).toEqual(
      JSON.parse(readFileSync(path.join(fixtures, 'expected', golden), 'utf8')),
    );
  });
});
