// The parse worker: document bytes (or a PDF's text, read by pdf.js in its own worker) → a meeting and
// its search index, off the page's thread so scrolling and typing stay smooth while the archive loads.
// The answer is data either way: the meeting and index, or the failure (a plain object survives
// postMessage; an error's class would not).
import { parseWith } from '../../app/loadLibrary';
import type { IndexedMeeting } from '../../domain/library/archiveSearch';
import type { Failure } from '../../domain/failure';
import { readDocumentText } from '../../documents/readDocumentText';

export type ParseRequest =
  { id: number; bytes: Uint8Array; name: string } | { id: number; text: string; name: string };

export type ParseAnswer = { id: number; parsed: IndexedMeeting } | { id: number; failure: Failure };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (answer: ParseAnswer) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  // A PDF comes as its text already: the reader then only hands that text on.
  const parse = parseWith('text' in request ? async () => request.text : readDocumentText);
  const bytes = 'bytes' in request ? request.bytes : new Uint8Array();
  void parse(bytes, request.name).then((result) =>
    scope.postMessage(
      'failure' in result ? { id: request.id, failure: result.failure } : { id: request.id, parsed: result },
    ),
  );
};
