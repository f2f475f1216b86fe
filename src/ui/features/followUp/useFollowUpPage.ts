// The follow-up page's state: every stored decision, the filter, what it shows, and how many open
// decisions it leaves out because they need nothing yet.
import { useMemo, useState } from 'react';
import { followUpNeed } from '../../../domain/decisions/followUpNeed';
import { type FollowUpFilter, followUps, ownersOf } from '../../../domain/decisions/followUps';
import { type DecisionServices, useStoredDecisions } from '../decisions/useDecisions';

export function useFollowUpPage(services: DecisionServices, today: string) {
  const stored = useStoredDecisions(services);
  const [filter, setFilter] = useState<FollowUpFilter>({ owner: '', status: 'open', dueBy: null });
  const decisions = useMemo(
    () => (stored.state.status === 'ready' ? stored.state.stored.map((each) => each.decision) : []),
    [stored.state],
  );
  const shown = useMemo(() => followUps(decisions, filter, today), [decisions, filter, today]);
  const owners = useMemo(() => ownersOf(decisions), [decisions]);
  const notShown = useMemo(
    () =>
      decisions.filter(
        (decision) => followUpNeed(decision, today) !== 'to-do' && decision.status !== 'Afsluttet',
      ).length,
    [decisions, today],
  );
  return { stored, filter, setFilter, shown, owners, notShown };
}
