// Which decisions still need following up, in the order the forum should look at them: overdue first,
// then by deadline, then those without one.
import { distinctOwners, type Owner, ownerKey, parseOwners } from '../followUp/owners';
import type { Decision, DecisionStatus } from './decision';
import { followUpNeed } from './followUpNeed';

export interface FollowUpFilter {
  /** One owner's key (ownerKey: a person by id, a text owner by its text); '' for all. */
  owner: string;
  /** One status, or 'open' for what someone must still do (followUpNeed 'to-do'). */
  status: DecisionStatus | 'open';
  /** Only decisions due on or before this date; null for any. */
  dueBy: string | null;
}

export const ALL_OPEN: FollowUpFilter = { owner: '', status: 'open', dueBy: null };

/** Whether the user narrowed the list: an owner, a status other than all open, or a due date. */
export const isFiltered = (filter: FollowUpFilter) =>
  filter.owner.trim() !== '' || filter.status !== ALL_OPEN.status || filter.dueBy !== null;

/** Something someone must still do on `today`: not closed, not done when decided, not lapsed. */
export const isOpen = (decision: Decision, today: string) => followUpNeed(decision, today) === 'to-do';

/** Open and past its deadline on `today` (ISO dates compare as text). */
export const isOverdue = (decision: Decision, today: string) =>
  isOpen(decision, today) && decision.deadline !== null && decision.deadline < today;

function matches(decision: Decision, filter: FollowUpFilter, today: string): boolean {
  if (filter.status === 'open' ? !isOpen(decision, today) : decision.status !== filter.status) return false;
  if (filter.owner !== '' && !parseOwners(decision.owner).some((owner) => ownerKey(owner) === filter.owner))
    return false;
  if (filter.dueBy !== null && (decision.deadline === null || decision.deadline > filter.dueBy)) return false;
  return true;
}

function byUrgency(today: string) {
  return (a: Decision, b: Decision): number =>
    Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
    (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
    a.meetingDate.localeCompare(b.meetingDate) ||
    a.itemNumber - b.itemNumber;
}

/** The decisions the filter lets through, overdue first, then soonest deadline, undated last. */
export function followUps(decisions: readonly Decision[], filter: FollowUpFilter, today: string): Decision[] {
  return decisions.filter((decision) => matches(decision, filter, today)).sort(byUrgency(today));
}

/** What a coming meeting should hear back on: open decisions of earlier meetings due by its date. */
export function dueAtMeeting(decisions: readonly Decision[], meetingDate: string, today: string): Decision[] {
  return followUps(
    decisions.filter((decision) => decision.meetingDate < meetingDate),
    { ...ALL_OPEN, dueBy: meetingDate },
    today,
  );
}

/** Every owner named, each once (a person by id, a text owner by its text), sorted by name. */
export function ownersOf(decisions: readonly Decision[]): Owner[] {
  return distinctOwners(decisions.flatMap((decision) => parseOwners(decision.owner)));
}
