// The writer's main test: for every meeting of the corpus and of our fixtures, the referat written as
// Word and as PDF reads back (readDocumentText → parseReferat) as the same meeting, field by field.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocumentText } from '../../src/documents/readDocumentText';
import { writeDocx } from '../../src/documents/writeDocx';
import { writePdf } from '../../src/documents/writePdf';
import type { Meeting } from '../../src/domain/meeting';
import { parseReferat } from '../../src/domain/referat/parseReferat';
import { referatDocument } from '../../src/domain/referat/referatDocument';
import { corpusDir, describeWithCorpus } from '../support/corpus';

const fixtures = path.resolve(__dirname, '../fixtures/expected');
const goldens = readdirSync(fixtures).filter((name) => name.endsWith('.json'));
const corpusTexts = ['referat-2014-02-11.txt', 'referat-2020-10-08.txt', 'referat-2020-10-22.txt'];

const writers = { docx: writeDocx, pdf: writePdf };

/**
 * What the written referat must give back: the meeting itself, field by field, but for the issues,
 * which say what the parser met in the source document, not in ours.
 */
function expectedBack(meeting: Meeting): Omit<Meeting, 'issues'> {
  const { issues: _issues, ...rest } = meeting;
  return rest;
}

async function roundTrip(meeting: Meeting, format: keyof typeof writers): Promise<Meeting> {
  const bytes = await writers[format](referatDocument(meeting));
  return parseReferat(await readDocumentText(bytes, `referat.${format}`));
}

describe.each(Object.keys(writers) as (keyof typeof writers)[])('written as .%s and read back', (format) => {
  it.each(goldens)('fixture %s', async (golden) => {
    const meeting = JSON.parse(readFileSync(path.join(fixtures, golden), 'utf8')) as Meeting;
    const back = await roundTrip(meeting, format);
    expect(expectedBack(back)).toEqual(expectedBack(meeting));
    expect(back.issues).toEqual([]);
  });

  describeWithCorpus(`the corpus, as .${format}`, () => {
    it.each(corpusTexts)('%s', async (name) => {
      const meeting = parseReferat(readFileSync(path.join(corpusDir, name), 'utf8'));
      const back = await roundTrip(meeting, format);
      expect(expectedBack(back)).toEqual(expectedBack(meeting));
      expect(back.issues).toEqual([]);
    });
  });
});
