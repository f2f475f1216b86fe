// A case followed across meetings: the earlier points that carried the same case number.
import type { Meeting } from '../meeting';

export interface CaseStep {
  date: string;
  number: number;
  title: string;
  decision: string | null;
}

/** Earlier points (before `date`) with this case number, newest first. Closed points show as closed. */
export function caseHistory(meetings: readonly Meeting[], caseNumber: string, date: string): CaseStep[] {
  return meetings
    .filter((meeting) => meeting.date < date)
    .flatMap((meeting) =>
      meeting.items
        .filter((item) => item.caseNumber === caseNumber)
        .map((item) => ({
          date: meeting.date,
          number: item.number,
          title: item.title,
          decision: item.closed ? null : item.decision,
        })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.number - b.number);
}
