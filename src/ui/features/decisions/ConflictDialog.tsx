// Shown when a decision changed since it was read: who changed it and when, both versions side by side,
// and the choice. The safe one is the primary (and first, focused) button: merge, which overwrites
// nothing and puts both into the editor to check; overwriting the other's change is the last resort.
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
import { formatDay, formatMoment } from '../../format';
import type { Language, Strings } from '../../strings/strings';
import { useDecisionEditorStyles } from './DecisionEditor.styles';

interface Props {
  conflict: DecisionConflict;
  strings: Strings;
  language: Language;
  onChoose: (choice: 'mine' | 'theirs' | 'merge') => void;
}

export function ConflictDialog({ conflict, strings, language, onChoose }: Props) {
  const { modifiedBy, modifiedAt } = conflict.theirs;
  const styles = useDecisionEditorStyles();
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.conflictTitle}</DialogTitle>
          <DialogContent>
            <Text block>{strings.conflictIntro}</Text>
            <Text block weight="semibold">
              {modifiedBy && modifiedAt
                ? strings.conflictChangedBy(modifiedBy, formatMoment(modifiedAt, language))
                : strings.conflictChangedByUnknown}
            </Text>
            <div className={styles.versions}>
              <Version
                label={strings.conflictMine}
                decision={conflict.mine}
                strings={strings}
                language={language}
              />
              <Version
                label={strings.conflictTheirs}
                decision={conflict.theirs.decision}
                strings={strings}
                language={language}
              />
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('merge')}>
              {strings.merge}
            </Button>
            <Button onClick={() => onChoose('theirs')}>{strings.takeTheirs}</Button>
            <Button appearance="subtle" onClick={() => onChoose('mine')}>
              {strings.keepMine}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Version({
  label,
  decision,
  strings,
  language,
}: {
  label: string;
  decision: Decision;
  strings: Strings;
  language: Language;
}) {
  const styles = useDecisionEditorStyles();
  const rows: [string, string][] = [
    [strings.decisionText, decision.decision],
    [strings.owner, decision.owner ?? '– –'],
    [strings.deadline, decision.deadline ? formatDay(decision.deadline, language) : strings.noDeadline],
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
