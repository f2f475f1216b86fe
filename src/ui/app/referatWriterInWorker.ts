// The tab's referat writer: the Word file written in a worker of its own (writeDocx.worker.ts), started
// on first use and kept for the page's life; without Worker support, written here. Reading a file's
// text back is quick and stays as it is.
import { docxReferatWriter } from '../../documents/referatWriter';
import type { ReferatWriter } from '../../domain/ports';
import type { WriteAnswer, WriteRequest } from './writeDocx.worker';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (answer: WriteAnswer) => void>();

function started(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(
      /* webpackChunkName: "writeDocx.worker" */ new URL('./writeDocx.worker.ts', import.meta.url),
    );
    worker.onmessage = (event: MessageEvent<WriteAnswer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  } catch {
    worker = null;
  }
  return worker;
}

export const referatWriterInWorker: ReferatWriter = {
  async docx(referat) {
    const writer = started();
    if (!writer) return docxReferatWriter.docx(referat);
    const id = (nextId += 1);
    const answer = await new Promise<WriteAnswer>((resolve) => {
      waiting.set(id, resolve);
      writer.postMessage({ id, referat } satisfies WriteRequest);
    });
    if ('error' in answer) throw new Error(`The Word file could not be written: ${answer.error}`);
    return answer.bytes;
  },
  text: (bytes, fileName) => docxReferatWriter.text(bytes, fileName),
};
