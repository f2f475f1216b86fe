// The state of the meeting view with decisions: reading or minutes mode, each open point's decision,
// what a waiting save says, the owners to suggest and each recommendation's outcome.
import { type ComponentProps, useMemo, useState } from 'react';
import { decisionKey } from '../../../domain/decisions/decision';
import { nextTryText } from '../../../domain/decisions/outboxRetry';
import { initialMode, type TabMode } from '../../../domain/decisions/tabMode';
import { mayOfferWriting } from '../../../domain/decisions/writeAccess';
import { ownerSuggestions } from '../../../domain/followUp/ownerSuggestions';
import type { AgendaItem } from '../../../domain/meeting';
import { formatClock } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import type { MeetingView } from '../meeting/MeetingView';
import { type DecisionServices, useMeetingDecisions, type useStoredDecisions } from './useDecisions';
import type { OwnerOptions } from './useOwnerPicker';

type Stored = ReturnType<typeof useStoredDecisions>;

const MODE_KEY = 'chefforum-mode';

/** Reading or minutes, remembered in this browser (a view choice, nothing secret). */
function useTabMode(teamRole: DecisionServices['teamRole']) {
  const [mode, setMode] = useState<TabMode>(() => initialMode(teamRole, localStorage.getItem(MODE_KEY)));
  const choose = (minutes: boolean) => {
    const next: TabMode = minutes ? 'minutes' : 'reading';
    localStorage.setItem(MODE_KEY, next);
    setMode(next);
  };
  return [mode, choose] as const;
}

/** "Afventer – prøver igen om 30 sek." / "… kl. 10.42", or the plain "Afventer" while it is being sent. */
function waitingText(stored: Stored, strings: Strings, language: Language) {
  if (stored.nextTry === null) return strings.pending;
  const next = nextTryText(stored.nextTry, stored.now);
  return 'inSeconds' in next
    ? strings.pendingIn(next.inSeconds)
    : strings.pendingAt(formatClock(next.at, language));
}

export function useDecidedMeetingView(
  view: ComponentProps<typeof MeetingView>,
  services: DecisionServices,
  stored: Stored,
) {
  const { meeting, strings } = view;
  const [mode, chooseMode] = useTabMode(services.teamRole);
  const decisions = useMeetingDecisions(meeting, view.links?.documentUrl ?? null, services, stored);
  const keyOf = (item: AgendaItem) => decisionKey(meeting.date, item.number);
  const ownerOptions = useMemo(
    (): OwnerOptions => ({
      suggestions: ownerSuggestions(
        [meeting],
        stored.state.status === 'ready' ? stored.state.stored.map((each) => each.decision.owner) : [],
      ),
      directory: services.directory ?? null,
    }),
    [meeting, stored.state, services.directory],
  );
  const outcomesOf = (item: AgendaItem) => {
    const read = decisions.points.get(keyOf(item))?.read;
    return read ? read.decision.outcomes.map((outcome) => (outcome ? strings.outcomes[outcome] : null)) : [];
  };
  const pendingText = waitingText(stored, strings, view.language);
  // Once the list has refused this user a write, minutes mode is neither offered nor shown.
  const canWrite = mayOfferWriting(stored.access);
  return {
    ...{ mode: canWrite ? mode : ('reading' as const), canWrite, chooseMode, decisions, keyOf },
    ...{ ownerOptions, outcomesOf, pendingText },
  };
}
