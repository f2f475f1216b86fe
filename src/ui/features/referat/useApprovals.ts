// The approval of every referat in the archive, from the stored decisions of the approving points.
import { useMemo } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { type ReferatApproval, referatApprovals } from '../../../domain/referat/approval';
import type { DecisionsState } from '../decisions/useDecisions';

/** Null until the decisions are read: "ikke godkendt" is only said when it is known (approval.ts). */
export function useApprovals(
  meetings: readonly Meeting[],
  decisions: DecisionsState,
): ReadonlyMap<string, ReferatApproval> | null {
  return useMemo(() => {
    if (decisions.status !== 'ready') return null;
    const forum = meetings[0]?.forum ?? 'Chefforum';
    return referatApprovals(
      meetings,
      decisions.stored.map((each) => each.decision),
      forum,
    );
  }, [meetings, decisions]);
}
