// Whether a decision asks anything of anyone. Approving the agenda, "intet under eventuelt" and taking
// a report to note are done the moment they are decided; a Grøn decision the forum has not looked at for
// a year has lapsed. Opfølgning lists only what someone must still do.
import { type Outcome, proposeOutcome } from '../followUp/proposeOutcome';
import { AGENDA_APPROVAL, ANY_OTHER_BUSINESS } from '../standingPoint';
import type { Decision } from './decision';

export type FollowUpNeed =
  /** Someone must act: it belongs on Opfølgning. */
  | 'to-do'
  /** Nothing to do after the meeting: an approval of the agenda, a noted report, nothing under Evt. */
  | 'done-when-decided'
  /** Grøn, and its deadline (or, without one, its meeting) more than LAPSE_MONTHS ago. */
  | 'lapsed'
  /** Marked Afsluttet. */
  | 'closed';

/**
 * How long a Grøn decision stays on the list untouched. The forum reviews its follow-ups at its
 * meetings; one no one has marked Gul or Rød (or given a deadline ahead) in a year is history, not a
 * task: the 2015 referater must not read as "Grøn, overskredet" in 2026. It stays in the list itself.
 */
export const LAPSE_MONTHS = 12;

const NOTHING = /^\s*(?:intet|ingen punkter|ingen bemærkninger)\b/i;
const ACKNOWLEDGED: ReadonlySet<Outcome> = new Set(['taget til efterretning', 'drøftet']);

/** What a decision asks of the forum on `today` (both ISO dates). */
export function followUpNeed(decision: Decision, today: string): FollowUpNeed {
  if (decision.status === 'Afsluttet') return 'closed';
  // Someone flagged it Gul or Rød: it is followed up, whatever its kind or age.
  if (decision.status !== 'Grøn') return 'to-do';
  if (isDoneWhenDecided(decision)) return 'done-when-decided';
  // A year counts from the deadline where there is one: a deadline passed last month is overdue, not
  // history, however long ago the meeting was.
  if ((decision.deadline ?? decision.meetingDate) < monthsBefore(today, LAPSE_MONTHS)) return 'lapsed';
  return 'to-do';
}

function isDoneWhenDecided(decision: Decision): boolean {
  const title = decision.title.trim();
  if (AGENDA_APPROVAL.test(title) || NOTHING.test(decision.decision)) return true;
  // An owner or a deadline says someone must still act, whatever the outcome says.
  if (decision.owner !== null || decision.deadline !== null) return false;
  if (ANY_OTHER_BUSINESS.test(title)) return true;
  const outcomes =
    decision.recommendations.length > 0 ? decision.outcomes : [proposeOutcome(decision.decision)];
  return outcomes.length > 0 && outcomes.every((outcome) => outcome !== null && ACKNOWLEDGED.has(outcome));
}

/** The ISO date `months` calendar months before `iso` (the day clamped to the month's end). */
export function monthsBefore(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-${pad(Math.min(day, lastDay))}`;
}
