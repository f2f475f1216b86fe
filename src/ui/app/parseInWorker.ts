// Parses the library's documents in one Web Worker, started on first use and kept for the page's
// life. A PDF's text is read here first: pdf.js already runs in a worker of its own (loadPdfjs), and
// starting it inside another worker is not worth the risk. Without a worker (none supported, or it
// failed), parses here.
import { type ParseDocument, parseWith } from '../../app/loadLibrary';
import { readText } from '../../app/readMeeting';
import { detectFormat } from '../../documents/detectFormat';
import { readDocumentText } from '../../documents/readDocumentText';
import type { ParseAnswer, ParseRequest } from './parse.worker';
import { type WithoutId, workerClient } from './workerClient';

const parser = workerClient<ParseRequest, ParseAnswer>(
  () => new Worker(new URL('./parse.worker.ts', import.meta.url)),
);

const parseHere = parseWith(readDocumentText);

export const parseInWorker: ParseDocument = async (bytes, name) => {
  let request: WithoutId<ParseRequest> = { bytes, name };
  if (bytes.length > 0 && detectFormat(name, bytes) === 'pdf') {
    const read = await readText(bytes, name, readDocumentText);
    if ('failure' in read) return { failure: read.failure };
    request = { text: read.text, name };
  }
  // A worker that failed is no fault of the document's: it is parsed here instead.
  const answer = await parser.ask(request)?.catch(() => null);
  if (!answer) return parseHere(bytes, name);
  return 'parsed' in answer ? answer.parsed : { failure: answer.failure };
};
