// One open point's decision, as the secretary keeps it: the text (pre-filled from the referat), the
// owner, deadline and status with their meanings, and the outcome of each numbered recommendation.
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { DECISION_STATUSES, type DecisionStatus } from '../../../domain/decisions/decision';
import type { Outcome } from '../../../domain/followUp/proposeOutcome';
import type { Strings } from '../../../strings/strings';
import { DayPicker } from '../../components/DayPicker';
import { useDecisionEditorStyles } from './DecisionEditor.styles';
import { OwnerPicker } from './OwnerPicker';
import type { PointDecision } from './useDecisions';
import type { OwnerOptions } from './useOwnerPicker';
import type { Decision } from '../../../domain/decisions/decision';

const OUTCOMES: Outcome[] = [
  'godkendt',
  'godkendt med ændringer',
  'ikke godkendt',
  'taget til efterretning',
  'drøftet',
  'udsat',
];

interface Props {
  point: PointDecision;
  strings: Strings;
  onEdit: (patch: Partial<Decision>) => void;
  onSave: () => void;
  /** What a waiting save says: when it is tried next. */
  pendingText: string;
  /** Owners to suggest (roles of the referater, owners in the list) and the directory to find people in. */
  ownerOptions: OwnerOptions;
}

export function DecisionEditor({ point, strings, onEdit, onSave, pendingText, ownerOptions }: Props) {
  const styles = useDecisionEditorStyles();
  const { draft } = point;
  const id = `beslutning-${draft.itemNumber}`;
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {strings.followUpHeading}
      </Subtitle2>
      {draft.recommendations.length > 0 && <Outcomes draft={draft} strings={strings} onEdit={onEdit} />}
      <Field label={strings.decisionText} hint={strings.decisionTextHint}>
        <Textarea
          resize="vertical"
          rows={3}
          value={draft.decision}
          onChange={(_, data) => onEdit({ decision: data.value })}
        />
      </Field>
      <FollowUpFields draft={draft} strings={strings} onEdit={onEdit} ownerOptions={ownerOptions} />
      <SaveState point={point} strings={strings} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={onSave}
          disabled={point.phase === 'saving' || point.phase === 'conflict'}
        >
          {point.phase === 'saving' ? strings.saving : strings.save}
        </Button>
        <PhaseBadge point={point} strings={strings} pendingText={pendingText} />
      </div>
    </section>
  );
}

interface DraftProps {
  draft: Decision;
  strings: Strings;
  onEdit: (patch: Partial<Decision>) => void;
}

/** The outcome of each numbered recommendation. */
function Outcomes({ draft, strings, onEdit }: DraftProps) {
  const styles = useDecisionEditorStyles();
  return (
    <ol className={styles.outcomes} aria-label={strings.recommendations}>
      {draft.recommendations.map((recommendation, index) => (
        <li key={index}>
          <span className={styles.outcome}>
            <span>{recommendation}</span>
            <Select
              className={styles.select}
              aria-label={`${strings.outcome}: ${recommendation}`}
              value={draft.outcomes[index] ?? ''}
              onChange={(_, data) =>
                onEdit({
                  outcomes: draft.outcomes.map((each, at) =>
                    at === index ? ((data.value || null) as Outcome | null) : each,
                  ),
                })
              }
            >
              <option value="">{strings.outcomeNone}</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {strings.outcomes[outcome]}
                </option>
              ))}
            </Select>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Owner, deadline and status, side by side where there is room. */
function FollowUpFields({ draft, strings, onEdit, ownerOptions }: DraftProps & Pick<Props, 'ownerOptions'>) {
  const styles = useDecisionEditorStyles();
  return (
    <div className={styles.row}>
      <Field label={strings.owner} hint={strings.ownerHint}>
        <OwnerPicker
          owner={draft.owner}
          options={ownerOptions}
          strings={strings}
          onChange={(owner) => onEdit({ owner })}
        />
      </Field>
      <DayPicker
        label={strings.deadline}
        value={draft.deadline}
        strings={strings}
        onChange={(deadline) => onEdit({ deadline })}
      />
      {/* No hint: each option says what its colour means, and a hint would only repeat the one chosen. */}
      <Field label={strings.status}>
        <Select
          className={styles.select}
          value={draft.status}
          onChange={(_, data) => onEdit({ status: data.value as DecisionStatus })}
        >
          {DECISION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {strings.statusHelp[status]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function PhaseBadge({ point, strings, pendingText }: Pick<Props, 'point' | 'strings' | 'pendingText'>) {
  if (point.phase === 'saved')
    return (
      <Badge appearance="tint" color="success">
        {strings.saved}
      </Badge>
    );
  if (point.phase === 'pending')
    return (
      <Badge appearance="tint" color="warning">
        {pendingText}
      </Badge>
    );
  if (point.phase === 'unsaved' || point.phase === 'merged')
    return (
      <Badge appearance="outline" color="informative">
        {strings.notSavedYet}
      </Badge>
    );
  return null;
}

function SaveState({ point, strings }: { point: PointDecision; strings: Strings }) {
  if (point.phase === 'merged')
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.mergedNote}</MessageBarBody>
      </MessageBar>
    );
  if (point.phase !== 'failed') return null;
  const why = strings.failure[point.failure ?? 'unexpected'];
  // A refusal of the list's own permissions is not retried: say so, and that the text is kept.
  const text =
    point.failure === 'forbidden'
      ? strings.writeRefused
      : `${strings.saveFailed} ${why} ${strings.keptInBrowser}`;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
