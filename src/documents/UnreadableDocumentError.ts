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

/** True for a reason code the readers give (a worker hands it over as a plain string). */
export function isUnreadableReason(value: unknown): value is UnreadableReason {
  return typeof value === 'string' && Object.hasOwn(EXPLANATIONS, value);
}

/** The one error the document readers throw: a reason code, an English message, the original as `cause`. */
export class UnreadableDocumentError extends Error {
  readonly code = 'unreadable-file';

  constructor(
    readonly reason: UnreadableReason,
    readonly fileName?: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName ? `${fileName}: ` : ''}${EXPLANATIONS[reason]}`, options);
    this.name = 'UnreadableDocumentError';
  }
}
