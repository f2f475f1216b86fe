// A case followed across meetings: the earlier points that carried the same case number, and where the
// case went next (later meetings with the same case number).
import type { Meeting } from '../meeting';
import { isStandingPoint } from '../standingPoint';

export interface CaseStep {
  date: string;
  number: number;
  title: string;
  decision: string | null;
}

export interface CaseHistory {
  /** Points before the meeting, newest first: how the case came here. */
  earlier: CaseStep[];
  /** Points after the meeting, oldest first: where it went next. */
  later: CaseStep[];
}

/** The points of other meetings with this case number. Closed points show without their decision. */
function stepsOf(meetings: readonly Meeting[], caseNumber: string, keep: (date: string) => boolean) {
  return meetings
    .filter((meeting) => keep(meeting.date))
    .flatMap((meeting) =>
      meeting.items
        .filter((item) => item.caseNumber === caseNumber && !isStandingPoint(item.title))
        .map((item) => ({
          date: meeting.date,
          number: item.number,
          title: item.title,
          decision: item.closed ? null : item.decision,
        })),
    );
}

/** The case's points before and after the meeting of `date`; that meeting's own points are in neither. */
export function caseHistory(meetings: readonly Meeting[], caseNumber: string, date: string): CaseHistory {
  const earlier = stepsOf(meetings, caseNumber, (other) => other < date).sort(
    (a, b) => b.date.localeCompare(a.date) || a.number - b.number,
  );
  const later = stepsOf(meetings, caseNumber, (other) => other > date).sort(
    (a, b) => a.date.localeCompare(b.date) || a.number - b.number,
  );
  return { earlier, later };
}
