// A decision as the forum follows it up: one per open point of a referat, kept as a SharePoint list
// item keyed by meeting date and point number (DESIGN.md §3).
import { proposeDeadline } from '../followUp/proposeDeadline';
import { type Outcome, proposeOutcomeFor } from '../followUp/proposeOutcome';
import { proposeOwners } from '../followUp/proposeOwners';
import type { AgendaItem, Meeting } from '../meeting';

export type DecisionStatus = 'Grøn' | 'Gul' | 'Rød' | 'Afsluttet';

export const DECISION_STATUSES: readonly DecisionStatus[] = ['Grøn', 'Gul', 'Rød', 'Afsluttet'];

export interface Decision {
  key: string; // "2020-10-08#4"
  meetingDate: string;
  itemNumber: number;
  title: string;
  caseNumber: string | null;
  recommendations: string[];
  /** What became of each recommendation, in the same order (null: not yet said). */
  outcomes: (Outcome | null)[];
  decision: string;
  owner: string | null;
  deadline: string | null;
  status: DecisionStatus;
  sourceUrl: string | null;
  threadId: string | null;
}

export function decisionKey(meetingDate: string, itemNumber: number): string {
  return `${meetingDate}#${itemNumber}`;
}

/**
 * The decision a referat's point records, with owner, deadline and outcomes proposed from its text.
 * A closed point gives none: its content is never written anywhere.
 */
export function decisionFromPoint(
  meeting: Meeting,
  item: AgendaItem,
  sourceUrl: string | null,
): Decision | null {
  if (item.closed || meeting.date === '') return null;
  const text = item.decision ?? '';
  const owners = proposeOwners(text);
  return {
    key: decisionKey(meeting.date, item.number),
    meetingDate: meeting.date,
    itemNumber: item.number,
    title: item.title,
    caseNumber: item.caseNumber,
    recommendations: item.recommendations,
    outcomes: proposedOutcomes(item.recommendations, text),
    decision: text,
    owner: owners.length > 0 ? owners.join(', ') : null,
    deadline: text === '' ? null : (proposeDeadline(text, meeting.date)?.date ?? null),
    status: 'Grøn',
    sourceUrl,
    threadId: null,
  };
}

/** The outcome the decision text proposes for each recommendation, in order (null where it says none). */
export function proposedOutcomes(recommendations: readonly string[], text: string): (Outcome | null)[] {
  return recommendations.map((recommendation) =>
    text.trim() === '' ? null : proposeOutcomeFor(recommendation, text),
  );
}

/**
 * The decision with its text typed anew: each outcome the user did not choose is proposed again from the
 * new text, so "Godkendt." typed in the meeting gives "Ad 1: godkendt." in the referat. An outcome is the
 * user's when `chosen` holds its index (chosen in this visit) or when it differs from what the old text
 * proposed (chosen before, or by someone else); those are never overwritten.
 */
export function withDecisionText(decision: Decision, text: string, chosen: ReadonlySet<number>): Decision {
  const before = proposedOutcomes(decision.recommendations, decision.decision);
  const after = proposedOutcomes(decision.recommendations, text);
  const outcomes = decision.recommendations.map((_, index) => {
    const now = decision.outcomes[index] ?? null;
    return chosen.has(index) || now !== (before[index] ?? null) ? now : (after[index] ?? null);
  });
  return { ...decision, decision: text, outcomes };
}

/** Whether a point's decision says anything: a point without decision text is not a decision. */
export const isDecided = (decision: Decision) => decision.decision.trim() !== '';

/** Every decision a referat records: its open points that have decision text, in order. */
export function decisionsOf(meeting: Meeting, sourceUrl: string | null): Decision[] {
  return meeting.items.flatMap((item) => decisionFromPoint(meeting, item, sourceUrl) ?? []).filter(isDecided);
}

/** Whether two decisions say the same: every field equal (outcomes and recommendations in order). */
export function sameDecision(a: Decision, b: Decision): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const canonical = (decision: Decision) =>
  Object.fromEntries(Object.entries(decision).sort(([x], [y]) => x.localeCompare(y)));
