// Shown when a decision changed since it was read: who changed it and when, both versions side by side,
// each with the words it changed since the version both started from marked (underlined or struck
// through, and named for screen readers: never by colour alone), where both changed the same words, and
// the choice. The safe one is the primary (and first, focused) button: merge, which overwrites
// nothing and puts both into the editor to check; overwriting the other's change is the last resort.
import { ownerNames } from '../../../domain/followUp/owners';
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
import type { ReactNode } from 'react';
import type { Decision } from '../../../domain/decisions/decision';
import type { DecisionConflict } from '../../../domain/decisions/DecisionStore';
import { mergeWords, wordDiff } from '../../../domain/decisions/wordMerge';
import { formatDay, formatMoment } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import { useDecisionEditorStyles } from './DecisionEditor.styles';

interface Props {
  conflict: DecisionConflict;
  /** The version both started from (the one read before editing); null when none was stored. */
  base: Decision | null;
  strings: Strings;
  language: Language;
  onChoose: (choice: 'mine' | 'theirs' | 'merge') => void;
}

export function ConflictDialog({ conflict, base, strings, language, onChoose }: Props) {
  const { modifiedBy, modifiedAt } = conflict.theirs;
  const styles = useDecisionEditorStyles();
  // The merge compares with the stored version when none was read first, as "Flet" does.
  const original = (base ?? conflict.theirs.decision).decision;
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
            <Text block>{strings.conflictMarked}</Text>
            <div className={styles.versions}>
              <Version
                label={strings.conflictMine}
                decision={conflict.mine}
                original={original}
                strings={strings}
                language={language}
              />
              <Version
                label={strings.conflictTheirs}
                decision={conflict.theirs.decision}
                original={original}
                strings={strings}
                language={language}
              />
            </div>
            <TextClashes
              original={original}
              mine={conflict.mine.decision}
              theirs={conflict.theirs.decision.decision}
              strings={strings}
            />
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

/** Where both changed the same words of the text, each place with both versions; or that none did. */
function TextClashes({
  original,
  mine,
  theirs,
  strings,
}: {
  original: string;
  mine: string;
  theirs: string;
  strings: Strings;
}) {
  const { clashes } = mergeWords(original, mine, theirs);
  if (clashes.length === 0) return <Text block>{strings.conflictNoClash}</Text>;
  return (
    <>
      <Text block weight="semibold">
        {strings.conflictClashes}
      </Text>
      <ul>
        {clashes.map((clash, index) => (
          <li key={index}>
            {strings.conflictClash(clash.base.trim(), clash.mine.trim(), clash.theirs.trim())}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The text with what changed since `original` marked: inserted words underlined, deleted struck through. */
function MarkedText({ original, text, strings }: { original: string; text: string; strings: Strings }) {
  const styles = useDecisionEditorStyles();
  return (
    <>
      {wordDiff(original, text).map((part, index) =>
        part.kind === 'same' ? (
          part.text
        ) : part.kind === 'added' ? (
          <ins key={index} className={styles.added}>
            <span className={styles.hidden}>{`${strings.diffAdded} `}</span>
            {part.text}
          </ins>
        ) : (
          <del key={index} className={styles.removed}>
            <span className={styles.hidden}>{`${strings.diffRemoved} `}</span>
            {part.text}
          </del>
        ),
      )}
    </>
  );
}

function Version({
  label,
  decision,
  original,
  strings,
  language,
}: {
  label: string;
  decision: Decision;
  original: string;
  strings: Strings;
  language: Language;
}) {
  const styles = useDecisionEditorStyles();
  const rows: [string, ReactNode][] = [
    [
      strings.decisionText,
      <MarkedText key="text" original={original} text={decision.decision} strings={strings} />,
    ],
    [strings.owner, ownerNames(decision.owner) ?? strings.noOwner],
    [strings.deadline, decision.deadline ? formatDay(decision.deadline, language) : strings.noDeadline],
    [strings.status, strings.statusHelp[decision.status]],
    ...decision.recommendations.map((recommendation, index): [string, ReactNode] => [
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
