// The point of a meeting that approves the agenda and an earlier referat ("Godkendelse af dagsorden og
// referat"), found by its title whatever its number, and the referat it approves: the one its
// Indstilling names ("at Chefforum godkender referatet fra mødet den 6. november 2019"), or, when no
// date is named, none (the nearest earlier meeting is then meant; approval.ts decides that).
import { findNumericDate, findWrittenDate } from '../danishDate';
import type { AgendaItem, ApprovedReferat } from '../meeting';

const APPROVAL_TITLE = /godkendelse\b[^.]*\breferat/i;
const AGENDA_APPROVAL_TITLE = /^godkendelse af dagsorden/i;
const APPROVES_REFERAT = /\bgodkend\w*\b[^.]*\breferat/i;
const REFERAT_WORD = /\breferat/i;

/** Whether a point's title makes it the meeting's approval of the agenda and a referat. */
export function isApprovalPoint(title: string): boolean {
  return APPROVAL_TITLE.test(title);
}

/**
 * What an open point approves: `{ referatOf }` for the approving point (the date named after the word
 * "referat" in its recommendations, else in its decision; null when none is named), undefined for
 * any other point. "Godkendelse af dagsorden" alone approves a referat only when a recommendation says so.
 */
export function approvesOf(
  item: Pick<AgendaItem, 'title' | 'closed' | 'recommendations' | 'decision'>,
): ApprovedReferat | undefined {
  if (item.closed) return undefined;
  const approving =
    isApprovalPoint(item.title) ||
    (AGENDA_APPROVAL_TITLE.test(item.title) && item.recommendations.some((r) => APPROVES_REFERAT.test(r)));
  if (!approving) return undefined;
  const texts = [...item.recommendations, item.decision ?? ''];
  for (const text of texts) {
    const date = dateAfterReferat(text);
    if (date !== null) return { referatOf: date };
  }
  return { referatOf: null };
}

/** The first date written after the word "referat" (so the agenda's own "mødet den …" is not taken). */
function dateAfterReferat(text: string): string | null {
  const at = REFERAT_WORD.exec(text);
  if (!at) return null;
  const rest = text.slice(at.index);
  return findWrittenDate(rest) ?? findNumericDate(rest);
}
