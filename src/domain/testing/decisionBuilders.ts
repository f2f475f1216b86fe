// A builder of recorded decisions for tests: every field but the point's own set to "nothing" (no
// recommendations, owner or deadline; green), so a test names only what it is about. Tests only.
import { type Decision, decisionKey } from '../decisions/decision';

/** The decision recorded for point `itemNumber` of the meeting on `meetingDate`, with `patch` over it. */
export function recordedDecision(
  meetingDate: string,
  itemNumber: number,
  patch: Partial<Decision> = {},
): Decision {
  return {
    key: decisionKey(meetingDate, itemNumber),
    meetingDate,
    itemNumber,
    title: `Punkt ${itemNumber}`,
    caseNumber: null,
    recommendations: [],
    outcomes: [],
    decision: 'Chefforum godkendte planen.',
    owner: null,
    deadline: null,
    status: 'Grøn',
    sourceUrl: null,
    threadId: null,
    ...patch,
  };
}
