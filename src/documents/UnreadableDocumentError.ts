import { FailureError, type UnreadableReason } from '../domain/failure';

const EXPLANATIONS: Record<UnreadableReason, string> = {
  empty: 'the file is empty',
  'unsupported-format': 'the file is not a .txt, .docx or .pdf document',
  'corrupt-pdf': 'the PDF is damaged',
  'encrypted-pdf': 'the PDF is password-protected',
  'corrupt-docx': 'the Word document is damaged',
  'not-text': 'the file holds binary data, not text',
  'too-large': 'the file is too large (over 64 MB, or a Word document that unpacks to more)',
};

/** The one error the document readers throw: failure 'unreadable' with its reason, an English message. */
export class UnreadableDocumentError extends FailureError {
  /** Why, without the file's name: for callers that name the file themselves ("error: x.pdf: …"). */
  readonly explanation: string;

  constructor(
    readonly reason: UnreadableReason,
    readonly fileName?: string,
    options?: { cause?: unknown },
  ) {
    super(
      { code: 'unreadable', reason },
      `${fileName ? `${fileName}: ` : ''}${EXPLANATIONS[reason]}`,
      options,
    );
    this.explanation = EXPLANATIONS[reason];
    this.name = 'UnreadableDocumentError';
  }
}
