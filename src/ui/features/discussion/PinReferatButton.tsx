// "Fastgør referat i kanalen": the referat as a channel tab (or a pinned message in a meeting or group
// chat), named "Referat 8. oktober 2020". Pinning twice says it is pinned already; no permission is
// told as such.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { referatTabName, type TabPinner } from '../../../domain/discussion/TabPinner';
import type { Strings } from '../../strings/strings';

interface Props {
  meetingDate: string;
  fileName: string;
  webUrl: string;
  pinner: TabPinner;
  inChat: boolean;
  strings: Strings;
}

type Outcome = { intent: 'success' | 'warning' | 'error'; text: string } | null;

export function PinReferatButton({ meetingDate, fileName, webUrl, pinner, inChat, strings }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const name = referatTabName(meetingDate);
  const pin = async () => {
    setBusy(true);
    try {
      const result = await pinner.pinReferat({ meetingDate, fileName, webUrl });
      setOutcome({
        intent: 'success',
        text: result === 'pinned' ? strings.pinned(name) : strings.alreadyPinned(name),
      });
    } catch (error) {
      const { code, missingPermission } = (error ?? {}) as { code?: unknown; missingPermission?: unknown };
      if (typeof missingPermission === 'string')
        setOutcome({ intent: 'warning', text: strings.missingPermission(missingPermission) });
      else if (code === 'forbidden') setOutcome({ intent: 'warning', text: strings.pinForbidden });
      else if (code === 'not-found') setOutcome({ intent: 'warning', text: strings.pinNotInstalled });
      else setOutcome({ intent: 'error', text: strings.pinFailed });
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
