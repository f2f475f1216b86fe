/** Why a document's bytes could not be turned into text. */
export type UnreadableReason =
  'empty' | 'unsupported-format' | 'corrupt-pdf' | 'encrypted-pdf' | 'corrupt-docx' | 'not-text';

const EXPLANATIONS: Record<UnreadableReason, string> = {
  empty: 'the file is empty',
  'unsupported-format': 'the file is not a .txt, .docx or .pdf document',
  'corrupt-pdf': 'the PDF is damaged',
  'encrypted-pdf': 'the PDF is password-protected',
  'corrupt-docx': 'the Word document is damaged',
  'not-text': 'the file holds binary data, not text',
};

/** The one error the document readers throw: a reason code, an English message, the original as `cause`. */
export class UnreadableDocumentError extends Error {
  readonly code = 'unreadable-file';
  /** Why, without the file's name: for callers that name the file themselves ("error: x.pdf: …"). */
  readonly explanation: string;

  constructor(
    readonly reason: UnreadableReason,
    readonly fileName?: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName ? `${fileName}: ` : ''}${EXPLANATIONS[reason]}`, options);
    this.explanation = EXPLANATIONS[reason];
    this.name = 'UnreadableDocumentError';
  }
}
