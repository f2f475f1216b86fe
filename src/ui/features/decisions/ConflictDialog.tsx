// Shown when a decision changed since it was read: both versions side by side, and the choice to keep
// one's own, take the stored one, or merge them. Nothing is overwritten until the user chooses.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { Decision } from '../../../domain/decisions/decision';
import type { DecisionConflict } from '../../../domain/decisions/DecisionStore';
import type { Strings } from '../../strings/strings';
import { useDecisionEditorStyles } from './DecisionEditor.styles';

interface Props {
  conflict: DecisionConflict;
  strings: Strings;
  onChoose: (choice: 'mine' | 'theirs' | 'merge') => void;
}

export function ConflictDialog({ conflict, strings, onChoose }: Props) {
  const styles = useDecisionEditorStyles();
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.conflictTitle}</DialogTitle>
          <DialogContent>
            <Text block>{strings.conflictIntro}</Text>
            <div className={styles.versions}>
              <Version label={strings.conflictMine} decision={conflict.mine} strings={strings} />
              <Version label={strings.conflictTheirs} decision={conflict.theirs.decision} strings={strings} />
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('mine')}>
              {strings.keepMine}
            </Button>
            <Button onClick={() => onChoose('theirs')}>{strings.takeTheirs}</Button>
            <Button onClick={() => onChoose('merge')}>{strings.merge}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Version({ label, decision, strings }: { label: string; decision: Decision; strings: Strings }) {
  const styles = useDecisionEditorStyles();
  const rows: [string, string][] = [
    [strings.decisionText, decision.decision],
    [strings.owner, decision.owner ?? '–'],
    [strings.deadline, decision.deadline ?? strings.noDeadline],
    [strings.status, strings.statusHelp[decision.status]],
    ...decision.recommendations.map((recommendation, index): [string, string] => [
      `${strings.outcome} ${index + 1}`,
      decision.outcomes[index] ? strings.outcomes[decision.outcomes[index]] : strings.outcomeNone,
    ]),
  ];
  return (
    <section className={styles.version} aria-label={label}>
      <Subtitle2 as="h3">{label}</Subtitle2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
