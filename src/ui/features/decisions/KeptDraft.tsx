// A decision the list refused to take from this user (403), as reading mode shows it: why, in one
// sentence, the text that is kept in the browser, and the two things the user may do with it — send it
// again by hand (once given access) or discard it. It is never sent again by itself.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import type { Strings } from '../../../strings/strings';
import type { PointDecision } from './pointDecision';

interface Props {
  point: PointDecision;
  strings: Strings;
  onRetry: () => void;
  onDiscard: () => void;
}

/** Whether the point holds a save the list refused for want of permission (also while it is tried again). */
export const isKeptRefusal = (point: PointDecision) =>
  point.failure === 'forbidden' && (point.phase === 'failed' || point.phase === 'saving');

export function KeptDraft({ point, strings, onRetry, onDiscard }: Props) {
  const busy = point.phase === 'saving';
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <Text block>{strings.writeRefused}</Text>
        <Text block weight="semibold">
          {strings.keptDraft}
        </Text>
        <Text block>{point.draft.decision}</Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onRetry}>
          {strings.retry}
        </Button>
        <Button disabled={busy} onClick={onDiscard}>
          {strings.discardDraft}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
