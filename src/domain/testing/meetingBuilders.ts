// Builders of meetings and agenda items for tests: every field set to "nothing", so a test names only
// what it is about. Used by tests only; nothing the app ships imports it.
import type { AgendaItem, Meeting } from '../meeting';

/** An open point with no sections, recommendations or decision; `number` 1 unless given. */
export function agendaItem(over: Partial<AgendaItem> = {}): AgendaItem {
  const number = over.number ?? 1;
  return {
    number,
    title: `Punkt ${number}`,
    presenter: null,
    timeslot: null,
    caseNumber: null,
    closed: false,
    sections: [],
    recommendedBy: null,
    recommendations: [],
    decision: null,
    attachments: [],
    ...over,
  };
}

/** A Chefforum referat of that date with those points. */
export function meetingOf(date: string, items: AgendaItem[], over: Partial<Meeting> = {}): Meeting {
  return {
    kind: 'referat',
    forum: 'Chefforum',
    date,
    start: null,
    location: null,
    absent: [],
    items,
    issues: [],
    ...over,
  };
}
