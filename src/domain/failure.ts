// The one failure vocabulary (STYLE.md §5): every error the app raises says which of these codes it
// is, with the data a sentence needs, and `failureOf` is the only place that looks at an unknown
// error to find out. The UI has a Danish and an English sentence for every code (src/strings).

/** Every failure code, as data: the string tables and their parity test walk this list. */
export const FAILURE_CODES = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'precondition-failed',
  'throttled',
  'unavailable',
  'network',
  'bad-request',
  'unreadable',
  'not-a-referat',
  'too-long',
  'closed-point',
  'sign-in-needed',
  'app-not-installed',
  'unexpected',
] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** Why a document's bytes could not be turned into text. */
export type UnreadableReason =
  | 'empty'
  | 'unsupported-format'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'corrupt-docx'
  | 'not-text'
  /** Larger than a document the app takes, or a Word file that unpacks to more (documents/documentLimits). */
  | 'too-large';

/** Why a token needs the user: no popup without a click, the popup was blocked, or it was closed. */
export type SignInReason = 'interaction-required' | 'popup-blocked' | 'cancelled';

/** Codes whose failure carries data of its own; every other code is the code alone. */
type WithData =
  | { code: 'forbidden'; missingPermission: string | null }
  | { code: 'throttled' | 'unavailable'; retryAfterMs: number | null }
  | { code: 'unreadable'; reason: UnreadableReason }
  | { code: 'sign-in-needed'; reason: SignInReason };

/** A failure as data: a code callers branch on, and what the sentence for it needs. */
export type Failure = WithData | { code: Exclude<FailureCode, WithData['code']> };

/** Failures that go away by waiting: what failed with one of these is tried again. */
export const RETRIABLE: ReadonlySet<FailureCode> = new Set(['throttled', 'unavailable', 'network']);

/**
 * The base of every error the app throws: its failure, decided once where the error is made, and the
 * original as `cause`. Subclasses keep what else they carry (both versions of a conflict …).
 */
export class FailureError extends Error {
  constructor(
    readonly failure: Failure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FailureError';
  }
}

const UNEXPECTED: Failure = { code: 'unexpected' };

/** The failure an error stands for; 'unexpected' for anything the app did not raise itself. */
export function failureOf(error: unknown): Failure {
  return error instanceof FailureError ? error.failure : UNEXPECTED;
}

/** How long the failure asked to wait before trying again (Graph's Retry-After), when it said. */
export function retryAfterOf(failure: Failure): number | null {
  return 'retryAfterMs' in failure ? failure.retryAfterMs : null;
}
