// "Fastgør referat i kanalen": the referat as a channel tab (or a pinned message in a meeting or group
// chat), named "Referat 8. oktober 2020". Pinning twice says it is pinned already; no permission is
// told as such.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { referatTabName } from '../../../domain/discussion/TabPinner';
import { type TabPinner } from '../../../domain/ports';
import { type FailureCode, failureOf } from '../../../domain/failure';
import { describeFailure } from '../../../strings/describeFailure';
import type { Strings } from '../../../strings/strings';

interface Props {
  meetingDate: string;
  fileName: string;
  webUrl: string;
  pinner: TabPinner;
  inChat: boolean;
  strings: Strings;
}

type Outcome = { intent: 'success' | 'warning' | 'error'; text: string } | null;

/** Failures only someone with more rights can mend: a warning to pass on, not an error to retry. */
const NEEDS_AN_OWNER: ReadonlySet<FailureCode> = new Set(['forbidden', 'app-not-installed']);

export function PinReferatButton({ meetingDate, fileName, webUrl, pinner, inChat, strings }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const name = referatTabName(meetingDate);
  const pin = async () => {
    setBusy(true);
    try {
      const { result, tabName, lookAlikes } = await pinner.pinReferat({ meetingDate, fileName, webUrl });
      const pinnedAs = tabName ?? name;
      const text = result === 'pinned' ? strings.pinned(pinnedAs) : strings.alreadyPinned(pinnedAs);
      // A tab named as the referat's but showing something else is left alone, and said so.
      const lookAlike = lookAlikes.length > 0 ? ` ${strings.referatLookAlikes(lookAlikes, 0, null)}` : '';
      setOutcome({ intent: lookAlike ? 'warning' : 'success', text: `${text}${lookAlike}` });
    } catch (error) {
      const failure = failureOf(error);
      setOutcome({
        intent: NEEDS_AN_OWNER.has(failure.code) ? 'warning' : 'error',
        text: `${strings.pinFailed} ${describeFailure(strings, failure)}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button disabled={busy} onClick={() => void pin()}>
        {inChat ? strings.pinReferatChat : strings.pinReferat}
      </Button>
      {outcome && (
        <MessageBar intent={outcome.intent} role="status">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
