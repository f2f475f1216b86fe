// The parse worker: document bytes (or a PDF's text, read by pdf.js in its own worker) → a meeting and
// its search index, off the page's thread so scrolling and typing stay smooth while the archive loads.
import type { IndexedMeeting } from '../../domain/library/archiveSearch';
import { indexMeeting } from '../../domain/library/searchIndex';
import { parseReferat } from '../../domain/referat/parseReferat';
import { readDocumentText } from '../../documents/readDocumentText';

export type ParseRequest =
  { id: number; bytes: Uint8Array; name: string } | { id: number; text: string; name: string };

export type ParseAnswer =
  | { id: number; parsed: IndexedMeeting }
  | { id: number; failure: { code: string; message: string; reason?: string } };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (answer: ParseAnswer) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  void (async () => {
    try {
      const text = 'text' in request ? request.text : await readDocumentText(request.bytes, request.name);
      const meeting = parseReferat(text);
      scope.postMessage({ id: request.id, parsed: { meeting, index: indexMeeting(meeting) } });
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? 'unexpected');
      const reason = (error as { reason?: string }).reason; // UnreadableDocumentError's why
      const message = String((error as Error).message);
      scope.postMessage({ id: request.id, failure: { code, message, ...(reason ? { reason } : {}) } });
    }
  })();
};
