// Parses the library's documents in one Web Worker, started on first use and kept for the page's
// life. A PDF's text is read here first: pdf.js already runs in a worker of its own (loadPdfjs), and
// starting it inside another worker is not worth the risk. Without Worker support, parses here.
import { type ParseDocument, parseWith } from '../../app/loadLibrary';
import { readText } from '../../app/readMeeting';
import { detectFormat } from '../../documents/detectFormat';
import { readDocumentText } from '../../documents/readDocumentText';
import type { ParseAnswer, ParseRequest } from './parse.worker';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (answer: Awaited<ReturnType<ParseDocument>>) => void>();

function started(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<ParseAnswer>) => {
      const answer = event.data;
      const resolve = waiting.get(answer.id);
      waiting.delete(answer.id);
      resolve?.('parsed' in answer ? answer.parsed : { failure: answer.failure });
    };
  } catch {
    worker = null;
  }
  return worker;
}

const parseHere = parseWith(readDocumentText);

export const parseInWorker: ParseDocument = async (bytes, name) => {
  const parser = started();
  if (!parser) return parseHere(bytes, name);
  let request: { text: string; name: string } | { bytes: Uint8Array; name: string } = { bytes, name };
  if (bytes.length > 0 && detectFormat(name, bytes) === 'pdf') {
    const read = await readText(bytes, name, readDocumentText);
    if ('failure' in read) return { failure: read.failure };
    request = { text: read.text, name };
  }
  const id = (nextId += 1);
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    parser.postMessage({ ...request, id } satisfies ParseRequest);
  });
};
