// Approval as the forum does it: point 1 of each meeting is "Godkendelse af dagsorden og referat", and
// its decision approves the previous meeting's referat. The approval is read from that decision (kept
// on point 1's item in the decision list), so there is one place to record it and nothing to drift.
import type { Decision } from '../decisions/decision';

/** A referat approved at a later meeting: that meeting's date, and the forum that approved it. */
export interface ReferatApproval {
  approvedOn: string;
  approvedBy: string;
}

const APPROVAL_POINT = /godkendelse\b[^.]*\breferat/i;
// "ikke godkendt", "referatet udsættes", "referatet godkendes ikke": not an approval.
const REFUSED = /\bikke\b[^.]*\bgodkend|\bgodkend\w*\s+ikke\b|\breferat\w*\b[^.]*\b(udsæt|ikke)/i;
const NAMES_REFERAT = /\breferat\w*\b[^.]*\bgodkend|\bgodkend\w*\b[^.]*\breferat/i;
const BARE_APPROVAL = /^\s*(dagsorden(en)? og referat(et)? )?godkend(t|es|te)\.?\s*$/i;

/** Whether a point is the meeting's approval of the agenda and the previous referat. */
export function isApprovalPoint(title: string): boolean {
  return APPROVAL_POINT.test(title);
}

/**
 * Whether the decision of an approval point approves the previous referat: it says the referat is
 * approved ("Referatet blev godkendt", "Dagsorden og referat godkendt"), or simply "Godkendt" to the
 * point's own question; never when it says "ikke" or postpones the referat.
 */
export function approvesPreviousReferat(decisionText: string): boolean {
  const text = decisionText.trim();
  if (text === '' || REFUSED.test(text)) return false;
  return NAMES_REFERAT.test(text) || BARE_APPROVAL.test(text);
}

/**
 * The approval of each meeting's referat (by its date), from the decisions of the meetings after it:
 * the meeting right after a referat's meeting approves it when its point 1 decision does.
 */
export function referatApprovals(
  meetingDates: readonly string[],
  decisions: readonly Pick<Decision, 'meetingDate' | 'itemNumber' | 'title' | 'decision'>[],
  forum: string,
): Map<string, ReferatApproval> {
  const dates = [...new Set(meetingDates)].sort();
  const approvals = new Map<string, ReferatApproval>();
  for (const decision of decisions) {
    if (decision.itemNumber !== 1 || !isApprovalPoint(decision.title)) continue;
    if (!approvesPreviousReferat(decision.decision)) continue;
    const previous = dates.filter((date) => date < decision.meetingDate).at(-1);
    if (previous !== undefined)
      approvals.set(previous, { approvedOn: decision.meetingDate, approvedBy: forum });
  }
  return approvals;
}
