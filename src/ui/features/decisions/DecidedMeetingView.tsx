// The meeting view with its decisions kept: each open point gets its decision editor, the header the
// "save all" bar and, for a coming meeting, the follow-ups due by its date.
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Switch,
  Text,
} from '@fluentui/react-components';
import { type ComponentProps, useMemo, useState } from 'react';
import { ownerSuggestions } from '../../../domain/followUp/ownerSuggestions';
import { initialMode, type TabMode } from '../../../domain/decisions/tabMode';
import { decisionKey } from '../../../domain/decisions/decision';
import { dueAtMeeting } from '../../../domain/decisions/followUps';
import type { AgendaItem } from '../../../domain/meeting';
import { nextTryText } from '../../../domain/decisions/outboxRetry';
import { formatClock, formatDay, formatMeetingDate } from '../../format';
import { MeetingView } from '../meeting/MeetingView';
import { ConflictDialog } from './ConflictDialog';
import { DecisionEditor } from './DecisionEditor';
import { useDecisionEditorStyles } from './DecisionEditor.styles';
import {
  type DecisionServices,
  type MeetingDecisions,
  type PointDecision,
  useMeetingDecisions,
  type useStoredDecisions,
} from './useDecisions';

type Props = ComponentProps<typeof MeetingView> & {
  services: DecisionServices;
  stored: ReturnType<typeof useStoredDecisions>;
  today: string;
};

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

export function DecidedMeetingView({ services, stored, today, ...view }: Props) {
  const { meeting, strings } = view;
  const [mode, chooseMode] = useTabMode(services.teamRole);
  const decisions = useMeetingDecisions(meeting, view.documentUrl ?? null, services, stored);
  const keyOf = (item: AgendaItem) => decisionKey(meeting.date, item.number);
  const pendingText = waitingText(stored, strings, view.language);
  const ownerOptions = useMemo(
    () =>
      ownerSuggestions(
        [meeting],
        stored.state.status === 'ready' ? stored.state.stored.map((each) => each.decision.owner) : [],
      ),
    [meeting, stored.state],
  );
  const decisionOf = (item: AgendaItem) => {
    const point = decisions.points.get(keyOf(item));
    if (!point) return null;
    if (mode === 'reading')
      return <DecisionReadout point={point} strings={strings} language={view.language} />;
    return (
      <>
        <DecisionEditor
          point={point}
          strings={strings}
          pendingText={pendingText}
          ownerOptions={ownerOptions}
          onEdit={(patch) => decisions.edit(point.draft.key, patch)}
          onSave={() => void decisions.save(point.draft.key)}
        />
        {point.conflict && (
          <ConflictDialog
            conflict={point.conflict}
            strings={strings}
            language={view.language}
            onChoose={(choice) => void decisions.resolve(point.draft.key, choice)}
          />
        )}
      </>
    );
  };
  const outcomesOf = (item: AgendaItem) => {
    const read = decisions.points.get(keyOf(item))?.read;
    return read ? read.decision.outcomes.map((outcome) => (outcome ? strings.outcomes[outcome] : null)) : [];
  };
  return (
    <MeetingView
      {...view}
      decisionOf={decisionOf}
      outcomesOf={outcomesOf}
      aside={
        <>
          {view.aside}
          <DueFollowUps stored={stored} today={today} view={view} />
          <Switch
            checked={mode === 'minutes'}
            label={strings.minutesMode}
            title={strings.minutesModeHint}
            onChange={(_, data) => chooseMode(data.checked)}
          />
          {mode === 'minutes' && <SaveAllBar decisions={decisions} stored={stored} strings={strings} />}
        </>
      }
    />
  );
}

/** "Afventer – prøver igen om 30 sek." / "… kl. 10.42", or the plain "Afventer" while it is being sent. */
function waitingText(stored: Props['stored'], strings: Props['strings'], language: Props['language']) {
  if (stored.nextTry === null) return strings.pending;
  const next = nextTryText(stored.nextTry, stored.now);
  return 'inSeconds' in next
    ? strings.pendingIn(next.inSeconds)
    : strings.pendingAt(formatClock(next.at, language));
}

/** Reading mode: what the list holds for the point, as text; nothing when it holds nothing yet. */
function DecisionReadout({
  point,
  strings,
  language,
}: {
  point: PointDecision;
  strings: Props['strings'];
  language: Props['language'];
}) {
  if (!point.read) return null;
  const { owner, deadline, status } = point.read.decision;
  const deadlineText = deadline ? formatDay(deadline, language) : strings.noDeadline;
  return (
    <Text block>
      {`${strings.owner}: ${owner ?? '– –'} · ${strings.deadline}: ${deadlineText} · ${strings.status}: ${strings.statusHelp[status]}`}
    </Text>
  );
}

function DueFollowUps({
  stored,
  today,
  view,
}: Pick<Props, 'stored' | 'today'> & { view: ComponentProps<typeof MeetingView> }) {
  const { meeting, strings, language, pointHref } = view;
  if (stored.state.status !== 'ready' || meeting.date < today) return null;
  const due = dueAtMeeting(
    stored.state.stored.map((each) => each.decision),
    meeting.date,
    today,
  );
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="opfoelgning-til-moedet">
      <Subtitle2 as="h2" id="opfoelgning-til-moedet">
        {strings.dueAtMeetingHeading}
      </Subtitle2>
      <Text block>{strings.dueAtMeetingIntro}</Text>
      <ul>
        {due.map((decision) => (
          <li key={decision.key}>
            <Link href={pointHref?.(decision.meetingDate, decision.itemNumber)}>
              {`${formatMeetingDate(decision.meetingDate, language)}, ${strings.point.toLowerCase()} ${decision.itemNumber}: ${decision.title}`}
            </Link>
            {` – ${decision.owner ?? '– –'}, ${strings.deadline.toLowerCase()} ${decision.deadline ? formatDay(decision.deadline, language) : strings.noDeadline.toLowerCase()}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SaveAllBar({
  decisions,
  stored,
  strings,
}: {
  decisions: MeetingDecisions;
  stored: Props['stored'];
  strings: Props['strings'];
}) {
  const styles = useDecisionEditorStyles();
  if (stored.state.status === 'failed')
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{strings.decisionsUnavailable}</MessageBarBody>
      </MessageBar>
    );
  if (stored.state.status !== 'ready') return null;
  const { progress, summary } = decisions;
  return (
    <div className={styles.actions}>
      {decisions.unstored > 0 && !progress && (
        <Button onClick={() => void decisions.saveAll()}>{strings.saveAll}</Button>
      )}
      {progress && (
        <Field
          validationMessage={strings.saveAllProgress(progress.done, progress.total)}
          validationState="none"
        >
          <ProgressBar value={progress.done} max={progress.total} aria-label={strings.saveAll} />
        </Field>
      )}
      {summary && (
        <Text role="status">
          {summary.pending > 0 ? strings.saveAllPending(summary.pending) : strings.saveAllDone(summary.saved)}
        </Text>
      )}
    </div>
  );
}
