// The text a decision carries, as the list can keep it: plain (no control characters, no bidi
// overrides) and no longer than a SharePoint multi-line text column holds.
import { FailureError } from '../failure';
import { withoutControlCharacters } from '../plainText';
import type { Decision } from './decision';

/**
 * The most characters a SharePoint "Multiple lines of text" column holds in a list: 63,999 (Microsoft
 * Support, "List and library column types and options",
 * https://support.microsoft.com/office/list-and-library-column-types-and-options-0d8ddb7b-7dc7-414d-a283-ee9dca891df7;
 * Graph names the column's limit textColumn.maxLength, microsoft-graph-docs-contrib
 * api-reference/v1.0/resources/textcolumn.md). The decision list keeps the decision text and the
 * recommendations (one per line) in such columns.
 */
export const MAX_MULTILINE_TEXT = 63_999;

/** The decision with every text a person or a document wrote made plain (withoutControlCharacters). */
export function plainDecision(decision: Decision): Decision {
  const plain = withoutControlCharacters;
  return {
    ...decision,
    title: plain(decision.title),
    caseNumber: decision.caseNumber === null ? null : plain(decision.caseNumber),
    recommendations: decision.recommendations.map(plain),
    decision: plain(decision.decision),
    owner: decision.owner === null ? null : plain(decision.owner),
  };
}

/** Which of the decision's long texts the list cannot keep, and how long it is; null when all fit. */
export function overLongText(
  decision: Decision,
): { field: 'decision' | 'recommendations'; length: number } | null {
  const texts = [
    { field: 'decision' as const, length: decision.decision.length },
    { field: 'recommendations' as const, length: decision.recommendations.join('\n').length },
  ];
  return texts.find((text) => text.length > MAX_MULTILINE_TEXT) ?? null;
}

/** A decision refused before it was sent: a text of it is longer than the list keeps. */
export class DecisionTooLongError extends FailureError {
  constructor(
    readonly key: string,
    readonly length: number,
  ) {
    super(
      { code: 'too-long' },
      `Decision ${key} has ${length} characters, more than the ${MAX_MULTILINE_TEXT} a SharePoint multi-line text column keeps.`,
    );
    this.name = 'DecisionTooLongError';
  }
}
