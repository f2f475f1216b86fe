// Approval as the forum does it: a meeting's approving point ("Godkendelse af dagsorden og referat",
// whatever its number) approves the referat its Indstilling names, or the nearest earlier meeting's
// when it names none (approvingPoint.ts reads that into the point's `approves`). Whether it did is
// read from that point's decision as kept in the decision list, so there is one place to record it.
import type { Decision } from '../decisions/decision';
import type { AgendaItem, Meeting } from '../meeting';
import { isApprovalPoint } from './approvingPoint';

/**
 * What is known of a referat's approval: approved at a later meeting (its date, and the forum), or
 * not approved — refused or postponed by the point meant to approve it, or newer than the latest
 * referat approved, so still waiting. A referat with no entry is not spoken of: an old one whose
 * approval was never recorded is not "ikke godkendt".
 */
export type ReferatApproval =
  { status: 'approved'; approvedOn: string; approvedBy: string } | { status: 'not-approved' };

/** What an approving point's decision says of the referat: approved, refused (or postponed), or nothing. */
export type ApprovalVerdict = 'approved' | 'refused' | 'unknown';

// "ikke godkendt", "referatet udsættes", "referatet godkendes ikke": not an approval.
const REFUSED = /\bikke\b[^.]*\bgodkend|\bgodkend\w*\s+ikke\b|\breferat\w*\b[^.]*\b(udsæt|ikke)/i;
const NAMES_REFERAT = /\breferat\w*\b[^.]*\bgodkend|\bgodkend\w*\b[^.]*\breferat/i;
const BARE_APPROVAL = /^\s*(dagsorden(en)? og referat(et)? )?godkend(t|es|te)\.?\s*$/i;

/**
 * The verdict of an approving point's decision on the referat: approved when it says the referat is
 * ("Referatet blev godkendt", "Dagsorden og referat godkendt") or simply "Godkendt" to the point's own
 * question; refused when it says "ikke" or postpones the referat; else unknown ("Dagsordenen blev
 * godkendt." says nothing of the referat).
 */
export function approvalVerdict(decisionText: string): ApprovalVerdict {
  const text = decisionText.trim();
  if (text === '') return 'unknown';
  if (REFUSED.test(text)) return 'refused';
  return NAMES_REFERAT.test(text) || BARE_APPROVAL.test(text) ? 'approved' : 'unknown';
}

type ApprovingMeeting = Pick<Meeting, 'date'> & {
  items: readonly Pick<AgendaItem, 'number' | 'approves'>[];
};
type RecordedDecision = Pick<Decision, 'meetingDate' | 'itemNumber' | 'title' | 'decision'>;

/**
 * Each referat's approval (by its meeting date), from the recorded decisions of the approving points:
 * a decision is on one when the meeting read at its date has `approves` on that point (or, where no
 * document of that meeting is read, when its title is the approval's). The referat meant is the one
 * named, if it is earlier than the approving meeting, else the nearest earlier meeting.
 */
export function referatApprovals(
  meetings: readonly ApprovingMeeting[],
  decisions: readonly RecordedDecision[],
  forum: string,
): Map<string, ReferatApproval> {
  const dates = [...new Set(meetings.map((meeting) => meeting.date))].sort();
  const approved = new Map<string, ReferatApproval>();
  const refused = new Set<string>();
  for (const decision of decisions) {
    const meant = referatMeant(meetings, dates, decision);
    if (meant === null) continue;
    const verdict = approvalVerdict(decision.decision);
    const earlier = approved.get(meant);
    if (
      verdict === 'approved' &&
      (earlier?.status !== 'approved' || decision.meetingDate < earlier.approvedOn)
    )
      approved.set(meant, { status: 'approved', approvedOn: decision.meetingDate, approvedBy: forum });
    if (verdict === 'refused') refused.add(meant);
  }
  const latest = [...approved.keys()].sort().at(-1);
  const result = new Map(approved);
  for (const date of dates) {
    // Refused and never approved since; or newer than the latest referat approved: still waiting.
    if (!result.has(date) && (refused.has(date) || (latest !== undefined && date > latest)))
      result.set(date, { status: 'not-approved' });
  }
  return result;
}

/** The referat a recorded decision's point approves, or null when the point is no approving point. */
function referatMeant(
  meetings: readonly ApprovingMeeting[],
  dates: readonly string[],
  decision: RecordedDecision,
): string | null {
  const points = meetings
    .filter((meeting) => meeting.date === decision.meetingDate)
    .flatMap((meeting) => meeting.items.filter((item) => item.number === decision.itemNumber));
  const approves =
    points.length > 0
      ? points.find((point) => point.approves)?.approves
      : isApprovalPoint(decision.title)
        ? { referatOf: null }
        : undefined;
  if (!approves) return null;
  const named = approves.referatOf;
  if (named !== null && named < decision.meetingDate) return named;
  return dates.filter((date) => date < decision.meetingDate).at(-1) ?? null;
}
