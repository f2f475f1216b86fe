// A synthetic archive for benchmarks: the real corpus (or, without it, our own fixtures) varied into
// many distinct referater, each with its own date and its points in another order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const fixturesDir = path.join(repoRoot, 'tests/fixtures/referater');

/** The source texts and where they came from. */
export function sourceTexts(): { from: string; texts: string[] } {
  const fromCorpus = existsSync(corpusDir);
  const dir = fromCorpus ? corpusDir : fixturesDir;
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  return { from: fromCorpus ? '../shared/corpus' : 'tests/fixtures/referater', texts };
}

/** `count` referater derived from the sources: dates moved, points rotated, so no two are the same. */
export function syntheticArchive(count: number): string[] {
  const { texts } = sourceTexts();
  return Array.from({ length: count }, (_, index) => vary(texts[index % texts.length]!, index));
}

function vary(text: string, index: number): string {
  const [head, ...points] = text.split(/\n(?=Punkt \d+:)/);
  const shift = index % Math.max(points.length, 1);
  const rotated = [...points.slice(shift), ...points.slice(0, shift)].map((point, position) =>
    point.replace(/^Punkt \d+:/, `Punkt ${position + 1}:`),
  );
  const year = 2010 + (index % 17);
  const day = String((index % 28) + 1).padStart(2, '0');
  const dated = head!.replace(/\d{4}(?=\s|$)/g, String(year)).replace(/d\. \d{2}/g, `d. ${day}`);
  return [dated, ...rotated].join('\n');
}
