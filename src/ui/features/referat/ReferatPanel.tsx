// "Udarbejd referat" on a meeting with decisions: a dialog that says what will be written (the file,
// the points still without a decision, a referat already there), and saves or publishes it. An
// existing referat is opened (the first choice) or replaced (only when the user chooses it); who published
// it and when is said; after a save or a publish a link opens the file; afterwards "Fastgør referat i kanalen".
// Before the meeting's day (in Copenhagen) there is nothing to write: the panel says from when.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { TabPinner } from '../../../domain/ports';
import type { Meeting } from '../../../domain/meeting';
import { mayWriteReferat } from '../../../domain/referat/referatDay';
import { formatMeetingDate, formatMoment } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import { PinReferatButton } from '../discussion/PinReferatButton';
import { useReferatPanelStyles } from './ReferatPanel.styles';
import { type ReferatOutcome, type ReferatServices, useReferat } from './useReferat';

interface Props {
  meeting: Meeting;
  services: ReferatServices;
  /** Where the referat is pinned ("Fastgør referat i kanalen", and as part of publishing). */
  pinner: { pinner: TabPinner; inChat: boolean } | null;
  strings: Strings;
  language: Language;
  /** Now, from the tab's clock: the referat is written from the meeting's day on. */
  now: Date;
}

export function ReferatPanel(props: Props) {
  const { meeting, strings, language, now } = props;
  const styles = useReferatPanelStyles();
  if (!mayWriteReferat(meeting.date, now))
    return (
      <div className={styles.root}>
        <Text>{strings.referatNotBeforeDay(formatMeetingDate(meeting.date, language))}</Text>
      </div>
    );
  return <ReferatWriting {...props} />;
}

function ReferatWriting({ meeting, services, pinner, strings, language }: Props) {
  const styles = useReferatPanelStyles();
  const referat = useReferat(meeting, services, pinner?.pinner ?? null);
  const { plan, busy, outcome } = referat.state;
  const open = plan !== null || busy === 'plan' || outcome !== null;
  return (
    <div className={styles.root}>
      <Button onClick={() => void referat.plan()}>{strings.referatWrite}</Button>
      {/* Rendered only while open: a closed Dialog still leaves focus-trap sentinels in the page. */}
      {open && (
        <Dialog open onOpenChange={(_, data) => !data.open && referat.close()}>
          <DialogSurface aria-describedby={undefined}>
            <DialogBody>
              <DialogTitle>{strings.referatWrite}</DialogTitle>
              <DialogContent className={styles.content}>
                <PlanContent
                  meeting={meeting}
                  pinner={pinner}
                  strings={strings}
                  language={language}
                  referat={referat}
                />
              </DialogContent>
              <DialogActions>
                <PlanActions strings={strings} referat={referat} />
                <Button onClick={referat.close}>{strings.referatClose}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  );
}

type PartProps = Pick<Props, 'meeting' | 'pinner' | 'strings' | 'language'> & {
  referat: ReturnType<typeof useReferat>;
};

/** What will be written, what is already there, progress, and how it went (with pinning after a save). */
function PlanContent({ meeting, pinner, strings, language, referat }: PartProps) {
  const { plan, replace, busy, outcome, published } = referat.state;
  return (
    <>
      {busy === 'plan' && <Spinner label={strings.referatPlanning} />}
      {plan && (
        <>
          <Text block>{strings.referatFile(plan.fileName)}</Text>
          <Text block>
            {plan.undecided.length > 0 ? strings.referatUndecided(plan.undecided) : strings.referatAllDecided}
          </Text>
        </>
      )}
      {replace && outcome?.kind !== 'changed' && (
        <MessageBar intent={published ? 'info' : 'warning'}>
          <MessageBarBody>
            {published
              ? strings.referatPublishedOn(
                  replace.name,
                  formatMoment(published.at, language),
                  published.by.name,
                )
              : strings.referatExisting(replace.name)}
          </MessageBarBody>
        </MessageBar>
      )}
      {busy && busy !== 'plan' && <Spinner size="tiny" label={strings.referatWorking} />}
      {outcome && <OutcomeBar outcome={outcome} strings={strings} language={language} />}
      {outcome && (outcome.kind === 'saved' || outcome.kind === 'published') && (
        <Link href={outcome.result.file.webUrl} target="_blank" rel="noreferrer">
          {strings.referatOpenFile}
        </Link>
      )}
      {outcome?.kind === 'saved' && pinner && (
        <PinReferatButton
          meetingDate={meeting.date}
          fileName={outcome.result.file.name}
          webUrl={outcome.result.file.webUrl}
          pinner={pinner.pinner}
          inChat={pinner.inChat}
          strings={strings}
        />
      )}
    </>
  );
}

/** Read again after a change or a failed plan; else save, and publish where the referat can be announced. */
function PlanActions({ strings, referat }: Pick<PartProps, 'strings' | 'referat'>) {
  const { plan, replace, busy, outcome } = referat.state;
  if (outcome?.kind === 'changed' || (outcome?.kind === 'failed' && outcome.action === 'plan'))
    return (
      <Button appearance="primary" onClick={() => void referat.plan()}>
        {outcome.kind === 'changed' ? strings.referatReload : strings.retry}
      </Button>
    );
  if (!plan) return null;
  return (
    <>
      {replace && (
        // The referat there is opened first; replacing it is the second choice.
        <Button as="a" appearance="primary" href={replace.webUrl} target="_blank" rel="noreferrer">
          {strings.referatOpenFile}
        </Button>
      )}
      <Button
        appearance={replace ? 'secondary' : 'primary'}
        disabled={busy !== null}
        onClick={() => void referat.save()}
      >
        {replace ? strings.referatReplace : strings.referatSave}
      </Button>
      {referat.publish && (
        <Button disabled={busy !== null} onClick={() => void referat.publish?.()}>
          {replace ? strings.referatReplaceAndPublish : strings.referatPublish}
        </Button>
      )}
    </>
  );
}

function OutcomeBar({
  outcome,
  strings,
  language,
}: {
  outcome: ReferatOutcome;
  strings: Strings;
  language: Language;
}) {
  if (outcome.kind === 'exists') return null; // the warning above says it
  const [intent, text] = outcomeText(outcome, strings, language);
  return (
    <MessageBar intent={intent} role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

function outcomeText(
  outcome: Exclude<ReferatOutcome, { kind: 'exists' }>,
  strings: Strings,
  language: Language,
): ['success' | 'warning' | 'error', string] {
  switch (outcome.kind) {
    case 'saved': {
      const { result } = outcome;
      if (result.status === 'unchanged') return ['success', strings.referatUnchanged(result.file.name)];
      return [
        'success',
        (result.replaced ? strings.referatReplaced : strings.referatSaved)(result.file.name),
      ];
    }
    case 'published': {
      const { result } = outcome;
      const again = result.pin.result === 'already-pinned' && result.announcement === 'already-posted';
      const when = formatMoment(result.at, language);
      const done = again
        ? strings.referatAlreadyPublished(result.file.name, when, result.by.name)
        : strings.referatPublished(result.file.name, when, result.by.name);
      const { lookAlikes, tabName } = result.pin;
      // A tab named as the referat's but showing something else, or another's post with the
      // announcement's subject, is left alone, and said so.
      const lookAlike =
        lookAlikes.length + result.lookAlikePosts > 0
          ? ` ${strings.referatLookAlikes(lookAlikes, result.lookAlikePosts, lookAlikes.length > 0 ? tabName : null)}`
          : '';
      return [lookAlike ? 'warning' : 'success', `${done}${lookAlike}`];
    }
    case 'publishing':
      return ['warning', strings.referatBeingPublished(outcome.result.by.name)];
    case 'changed':
      return ['warning', strings.referatChanged];
    case 'failed':
      if (outcome.missingPermission) return ['warning', strings.missingPermission(outcome.missingPermission)];
      return outcome.refused ? ['warning', strings.referatRefused] : ['error', strings.referatFailed];
  }
}
