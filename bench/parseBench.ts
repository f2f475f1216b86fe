// Parser throughput on a synthetic archive, and the time from a 15-page PDF to a meeting.
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { readMeeting } from '../src/app/readMeeting';
import { readDocumentText } from '../src/documents/readDocumentText';
import { parseReferat } from '../src/domain/referat/parseReferat';
import { sourceTexts, syntheticArchive } from './archive';
import { renderPdf } from '../dev/fixtures/renderDocuments';

const ARCHIVE_SIZE = 1000;

/** Prints MB/s of `parseReferat` over an archive of at least 1,000 referater (target ≥ 50 MB/s). */
export async function benchParseThroughput(): Promise<void> {
  const archive = syntheticArchive(ARCHIVE_SIZE);
  const bytes = archive.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // One whole pass first, so the figure is the parser's steady speed, not the JIT warming up.
  for (const text of archive) parseReferat(text);
  const passes: number[] = [];
  let points = 0;
  for (let pass = 0; pass < 5; pass += 1) {
    const started = performance.now();
    points = 0;
    for (const text of archive) points += parseReferat(text).items.length;
    passes.push((performance.now() - started) / 1000);
  }
  const seconds = [...passes].sort((a, b) => a - b)[2]!;
  console.log(
    `parse: ${archive.length} referater from ${sourceTexts().from}, ${(bytes / 1e6).toFixed(1)} MB, ${points} points ` +
      `in ${(seconds * 1000).toFixed(0)} ms (median of 5 passes) = ${(bytes / 1e6 / seconds).toFixed(1)} MB/s on one core (target ≥ 50 MB/s)`,
  );
}

/** Prints the median time from the bytes of a 15-page PDF referat to a meeting (target ≤ 300 ms). */
export async function benchPdfToMeeting(): Promise<void> {
  const text = fifteenPages();
  const pdf = await renderPdf(text, { runningHeader: 'Chefforum – referat', pageNumbers: true });
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  const times: number[] = [];
  let points = 0;
  for (let run = 0; run < 11; run += 1) {
    const started = performance.now();
    const read = await readMeeting(pdf, 'referat.pdf', readDocumentText);
    if ('failure' in read) throw new Error(`the bench's PDF did not read: ${read.failure.code}`);
    points = read.meeting.items.length;
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `pdf → meeting: ${pages}-page PDF (${(pdf.length / 1024).toFixed(0)} KB, ${points} points), median ` +
      `${sorted[5]!.toFixed(0)} ms of ${times.length} runs, first run ${times[0]!.toFixed(0)} ms (target ≤ 300 ms)`,
  );
}

/** About fifteen printed pages: the longest source text, its points repeated and renumbered. */
function fifteenPages(): string {
  const longest = syntheticArchive(3).sort((a, b) => b.length - a.length)[0]!;
  const [head, ...points] = longest.split(/\n(?=Punkt \d+:)/);
  const many = Array.from({ length: 24 }, (_, index) => points[index % points.length]!);
  return [head, ...many.map((point, index) => point.replace(/^Punkt \d+:/, `Punkt ${index + 1}:`))].join(
    '\n',
  );
}
