// The Word writer's worker: a referat's document model → .docx bytes, off the page's thread. Laying the
// pages out for the contents' page numbers (docx/layout) takes a second for a long referat and several
// for one with many long links; on the page's thread the tab would freeze that long.
import { writeDocx } from '../../documents/writeDocx';
import type { ReferatDocument } from '../../domain/referat/referatDocument';

export interface WriteRequest {
  id: number;
  referat: ReferatDocument;
}

export type WriteAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WriteRequest>) => void) | null;
  postMessage: (answer: WriteAnswer, transfer?: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { id, referat } = event.data;
  void writeDocx(referat)
    .then((bytes) => scope.postMessage({ id, bytes }, [bytes.buffer]))
    .catch((error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
};
