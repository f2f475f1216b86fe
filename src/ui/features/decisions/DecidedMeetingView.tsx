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
  Spinner,
  Switch,
  Text,
} from '@fluentui/react-components';
import { type ComponentProps, Suspense } from 'react';
import { dueAtMeeting } from '../../../domain/decisions/followUps';
import { ownerNames } from '../../../domain/followUp/owners';
import type { AgendaItem } from '../../../domain/meeting';
import { LoadBoundary } from '../../components/LoadBoundary';
import { retryableLazy } from '../../components/retryableLazy';
import { formatDay, formatMeetingDate } from '../../format';
import { MeetingView } from '../meeting/MeetingView';
import { useDecisionEditorStyles } from './DecisionEditor.styles';
import {
  type DecisionServices,
  type MeetingDecisions,
  type PointDecision,
  type useStoredDecisions,
} from './useDecisions';
import { isKeptRefusal, KeptDraft } from './KeptDraft';
import { useDecidedMeetingView } from './useDecidedMeetingView';

// The editor (with Fluent's date and tag pickers) and the conflict dialog are loaded when the secretary
// first writes a referat: the members who only read never load them.
const editor = retryableLazy(async () => (await import('./DecisionEditor')).DecisionEditor);
const conflictDialog = retryableLazy(async () => (await import('./ConflictDialog')).ConflictDialog);
const DecisionEditor = editor.Component;
const ConflictDialog = conflictDialog.Component;

type Props = ComponentProps<typeof MeetingView> & {
  services: DecisionServices;
  stored: ReturnType<typeof useStoredDecisions>;
  today: string;
};

export function DecidedMeetingView({ services, stored, today, ...view }: Props) {
  const { strings, language } = view;
  const state = useDecidedMeetingView(view, services, stored);
  const { decisions, mode } = state;
  const decisionOf = (item: AgendaItem) => {
    const point = decisions.points.get(state.keyOf(item));
    if (!point) return null;
    if (mode === 'reading' && isKeptRefusal(point))
      return (
        <KeptDraft
          point={point}
          strings={strings}
          onRetry={() => void decisions.save(point.draft.key)}
          onDiscard={() => void decisions.discard(point.draft.key)}
        />
      );
    if (mode === 'reading') return <DecisionReadout point={point} strings={strings} language={language} />;
    return <PointDecisionEditor point={point} state={state} strings={strings} language={language} />;
  };
  return (
    <MeetingView
      {...view}
      slots={{
        ...view.slots,
        decisionOf,
        outcomesOf: state.outcomesOf,
        aside: (
          <>
            {mode === 'minutes' ? (view.slots?.writingAside ?? view.slots?.aside) : view.slots?.aside}
            <DueFollowUps stored={stored} today={today} view={view} />
            {state.canWrite ? (
              <Switch
                checked={mode === 'minutes'}
                label={strings.minutesMode}
                title={strings.minutesModeHint}
                onChange={(_, data) => state.chooseMode(data.checked)}
              />
            ) : (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{strings.readOnlyList}</MessageBarBody>
              </MessageBar>
            )}
            {mode === 'minutes' && <SaveAllBar decisions={decisions} stored={stored} strings={strings} />}
          </>
        ),
      }}
    />
  );
}

/** Minutes mode: the point's editor, and the dialog of a conflict, fetched when first shown. */
function PointDecisionEditor({
  point,
  state,
  strings,
  language,
}: {
  point: PointDecision;
  state: ReturnType<typeof useDecidedMeetingView>;
  strings: Props['strings'];
  language: Props['language'];
}) {
  const { decisions } = state;
  return (
    <LoadBoundary
      message={strings.editorUnavailable}
      retryLabel={strings.retry}
      onRetry={() => [editor, conflictDialog].forEach((each) => each.retry())}
    >
      <Suspense fallback={<Spinner size="tiny" label={strings.loadingEditor} />}>
        <DecisionEditor
          point={point}
          strings={strings}
          pendingText={state.pendingText}
          ownerOptions={state.ownerOptions}
          onEdit={(patch) => decisions.edit(point.draft.key, patch)}
          onSave={() => void decisions.save(point.draft.key)}
        />
      </Suspense>
      {point.conflict && (
        <Suspense fallback={null}>
          <ConflictDialog
            conflict={point.conflict}
            base={point.read?.decision ?? null}
            strings={strings}
            language={language}
            onChoose={(choice) => void decisions.resolve(point.draft.key, choice)}
          />
        </Suspense>
      )}
    </LoadBoundary>
  );
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
      {`${strings.owner}: ${ownerNames(owner) ?? strings.noOwner} · ${strings.deadline}: ${deadlineText} · ${strings.status}: ${strings.statusHelp[status]}`}
    </Text>
  );
}

function DueFollowUps({
  stored,
  today,
  view,
}: Pick<Props, 'stored' | 'today'> & { view: ComponentProps<typeof MeetingView> }) {
  const { meeting, strings, language, links } = view;
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
            <Link href={links?.pointHref?.(decision.meetingDate, decision.itemNumber)}>
              {`${formatMeetingDate(decision.meetingDate, language)}, ${strings.point.toLowerCase()} ${decision.itemNumber}: ${decision.title}`}
            </Link>
            {` – ${ownerNames(decision.owner) ?? strings.noOwner}, ${strings.deadline.toLowerCase()} ${decision.deadline ? formatDay(decision.deadline, language) : strings.noDeadline.toLowerCase()}`}
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
  const { progress, summary } = decisions;
  // Saved only for what the list acknowledged; what waits in the outbox says so, with its count.
  const told = [
    summary && summary.saved > 0 ? strings.saveAllDone(summary.saved) : null,
    stored.waiting > 0 ? strings.decisionsWaiting(stored.waiting) : null,
  ].filter((line) => line !== null);
  const status = told.length > 0 && <Text role="status">{told.join(' ')}</Text>;
  if (stored.state.status === 'failed')
    return (
      <>
        <MessageBar intent="warning">
          <MessageBarBody>{strings.decisionsUnavailable}</MessageBarBody>
        </MessageBar>
        {status}
      </>
    );
  if (stored.state.status !== 'ready') return null;
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
      {status}
    </div>
  );
}
