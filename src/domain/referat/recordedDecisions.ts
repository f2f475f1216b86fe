// Which decision text each point's Beslutning gets: the one recorded in the tab, else the meeting's own.
import type { Decision } from '../decisions/decision';
import type { Meeting } from '../meeting';

/** A recorded decision the referat cannot use, and why (data: the UI or CLI says it in its language). */
export interface IgnoredDecision {
  key: string;
  reason: 'other-meeting' | 'no-such-point' | 'closed-point';
}

export interface PointDecisions {
  /** The Beslutning text of each open point that has one, by point number. */
  byPoint: Map<number, string>;
  /** Open points with no decision at all, in order. */
  undecided: number[];
  ignored: IgnoredDecision[];
}

/**
 * Each open point's decision: a recorded decision's text (and the outcomes said for its
 * recommendations) wins over the text the meeting already holds. A closed point never takes one.
 */
export function pointDecisions(meeting: Meeting, decisions: readonly Decision[]): PointDecisions {
  const recorded = new Map<number, Decision>();
  const ignored: IgnoredDecision[] = [];
  for (const decision of decisions) {
    // The open point of that number: a closed heading may repeat an open point's number, and the
    // decision is the open point's (a closed point never takes one).
    const numbered = meeting.items.filter((candidate) => candidate.number === decision.itemNumber);
    const item = numbered.find((candidate) => !candidate.closed) ?? numbered[0];
    if (decision.meetingDate !== meeting.date) ignored.push({ key: decision.key, reason: 'other-meeting' });
    else if (!item) ignored.push({ key: decision.key, reason: 'no-such-point' });
    else if (item.closed) ignored.push({ key: decision.key, reason: 'closed-point' });
    else recorded.set(item.number, decision);
  }
  const byPoint = new Map<number, string>();
  const undecided: number[] = [];
  for (const item of meeting.items) {
    if (item.closed) continue;
    const decision = recorded.get(item.number);
    const text = decision ? recordedText(decision) : (item.decision ?? '');
    if (text === '') undecided.push(item.number);
    else byPoint.set(item.number, text);
  }
  return { byPoint, undecided, ignored };
}

/** The decision's paragraphs, then one sentence naming what became of each recommendation said so far. */
function recordedText(decision: Decision): string {
  const outcomes = decision.outcomes.flatMap((outcome, index) =>
    outcome === null ? [] : [`Ad ${index + 1}: ${outcome}.`],
  );
  return [decision.decision.trim(), outcomes.join(' ')].filter((part) => part !== '').join('\n\n');
}
