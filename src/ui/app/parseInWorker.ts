// Parses the library's documents in one Web Worker, started on first use and kept for the page's
// life. A PDF's text is read here first: pdf.js already runs in a worker of its own (loadPdfjs), and
// starting it inside another worker is not worth the risk. Without Worker support, parses here.
import { type ParseDocument, parseHere } from '../../documents/loadLibrary';
import { detectFormat } from '../../documents/detectFormat';
import { readDocumentText } from '../../documents/readDocumentText';
import type { IndexedMeeting } from '../../domain/library/archiveSearch';
import type { ParseAnswer, ParseRequest } from './parse.worker';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (parsed: IndexedMeeting) => void; reject: (error: unknown) => void }
>();

function started(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<ParseAnswer>) => {
      const answer = event.data;
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (!pending) return;
      if ('parsed' in answer) pending.resolve(answer.parsed);
      else pending.reject(Object.assign(new Error(answer.failure.message), { ...answer.failure }));
    };
  } catch {
    worker = null;
  }
  return worker;
}

export const parseInWorker: ParseDocument = async (bytes, name) => {
  const parser = started();
  if (!parser) return parseHere(bytes, name);
  const request: { text: string; name: string } | { bytes: Uint8Array; name: string } =
    bytes.length > 0 && detectFormat(name, bytes) === 'pdf'
      ? { text: await readDocumentText(bytes, name), name }
      : { bytes, name };
  const id = (nextId += 1);
  return new Promise<IndexedMeeting>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    parser.postMessage({ ...request, id } satisfies ParseRequest);
  });
};
