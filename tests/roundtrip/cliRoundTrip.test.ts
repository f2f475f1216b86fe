// The round trip from the shell, as an administrator runs it, through the real command (bin/referat.mjs):
// `referat parse x.pdf > m.json && referat write m.json -o y.docx && referat parse y.docx` gives the
// meeting of x.pdf again (but for a closed point's case number, which a written referat never holds).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderPdf } from '../../dev/fixtures/renderDocuments';
import type { Meeting } from '../../src/domain/meeting';
import { corpusDir, describeWithCorpus } from '../support/corpus';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../../bin/referat.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'referat-roundtrip-'));

async function referat(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, ...args]);
  return stdout;
}

const comparable = ({ issues: _issues, ...meeting }: Meeting) => ({
  ...meeting,
  items: meeting.items.map((item) => (item.closed ? { ...item, caseNumber: null } : item)),
});

async function shellRoundTrip(pdf: string, written: 'docx' | 'pdf'): Promise<void> {
  const json = path.join(dir, `${path.basename(pdf)}.json`);
  writeFileSync(json, await referat('parse', pdf));
  const output = path.join(dir, `${path.basename(pdf)}.written.${written}`);
  expect(await referat('write', json, '-o', output)).toBe(
    `wrote ${output} (${JSON.parse(readFileSync(json, 'utf8')).items.length} points)\n`,
  );
  expect(existsSync(output)).toBe(true);
  const again = JSON.parse(await referat('parse', output)) as Meeting;
  expect(comparable(again)).toEqual(comparable(JSON.parse(readFileSync(json, 'utf8')) as Meeting));
}

it('parse x.pdf → write m.json -o y.docx → parse y.docx gives the same meeting (a fixture with a closed point)', async () => {
  const text = readFileSync(path.resolve(__dirname, '../fixtures/referater/referat-2015-04-23.txt'), 'utf8');
  const pdf = path.join(dir, 'referat-2015-04-23.pdf');
  writeFileSync(pdf, await renderPdf(text, { pageNumbers: true }));
  await shellRoundTrip(pdf, 'docx');
});

describeWithCorpus('the corpus from the shell', () => {
  it.each([
    ['referat-2020-10-08.pdf', 'docx'],
    ['referat-2020-10-22.styled.pdf', 'pdf'],
  ] as const)('%s → written as .%s', async (name, written) => {
    const pdf = path.join(dir, name);
    copyFileSync(path.join(corpusDir, name), pdf);
    await shellRoundTrip(pdf, written);
  });
});
