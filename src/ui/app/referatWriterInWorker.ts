// The tab's referat writer: the Word file written in a worker of its own (writeDocx.worker.ts), started
// on first use and kept for the page's life; without a worker (none supported, or it failed), written
// here. Reading a file's text back is quick and stays as it is.
import { docxReferatWriter } from '../../documents/referatWriter';
import type { ReferatWriter } from '../../domain/ports';
import type { WriteAnswer, WriteRequest } from './writeDocx.worker';
import { workerClient } from './workerClient';

const writer = workerClient<WriteRequest, WriteAnswer>(
  () =>
    new Worker(/* webpackChunkName: "writeDocx.worker" */ new URL('./writeDocx.worker.ts', import.meta.url)),
);

export const referatWriterInWorker: ReferatWriter = {
  async docx(referat) {
    // A worker that failed is no fault of the referat's: it is written here instead.
    const answer = await writer.ask({ referat })?.catch(() => null);
    if (!answer) return docxReferatWriter.docx(referat);
    if ('error' in answer) throw new Error(`The Word file could not be written: ${answer.error}`);
    return answer.bytes;
  },
  text: (bytes, fileName) => docxReferatWriter.text(bytes, fileName),
};
