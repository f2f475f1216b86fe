// The points every meeting has: approving the agenda (and the last referat) and "Evt.". They often carry
// one standing case number, so they are no case to follow across meetings and ask nothing afterwards.

export const AGENDA_APPROVAL = /^godkendelse af (?:dagsorden|referat)/i;
export const ANY_OTHER_BUSINESS = /^(?:evt\.?|eventuelt)$/i;

/** Whether a point's title names a standing point of every meeting. */
export function isStandingPoint(title: string): boolean {
  const trimmed = title.trim();
  return AGENDA_APPROVAL.test(trimmed) || ANY_OTHER_BUSINESS.test(trimmed);
}
