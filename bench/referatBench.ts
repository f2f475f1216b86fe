// How long the tab (in its Word-writer worker) and `referat write` take to write a referat as Word: the
// contents' page numbers come from laying out every page (docx/layout), the costly part. A referat
// whose text holds links is the hard case: a link longer than a line is broken character by character.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDocx } from '../src/documents/writeDocx';
import type { Meeting } from '../src/domain/meeting';
import { referatDocument } from '../src/domain/referat/referatDocument';

const LINK =
  'https://kommune.sharepoint.com/sites/Chefforum/Delte%20dokumenter/Budget/Budgetopfølgning-2027.xlsx';

/** Prints the median time to write the longest fixture referat as .docx, as it is and with links in it. */
export async function benchReferatDocx(): Promise<void> {
  const file = path.resolve(__dirname, '../tests/fixtures/expected/referat-2023-06-15.json');
  const meeting = JSON.parse(readFileSync(file, 'utf8')) as Meeting;
  const withLinks: Meeting = {
    ...meeting,
    items: meeting.items.map((item) =>
      item.closed || !item.decision ? item : { ...item, decision: `${item.decision} Se ${LINK} og ${LINK}.` },
    ),
  };
  for (const [name, subject] of [
    ['as it is', meeting],
    ['with two links a decision', withLinks],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      await writeDocx(referatDocument(subject));
      times.push(performance.now() - started);
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    console.log(
      `referat → .docx (${meeting.items.length} points, ${name}): median ${median.toFixed(0)} ms of 5 (target ≤ 2000 ms)`,
    );
  }
}
