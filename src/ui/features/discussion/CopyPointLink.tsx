// "Kopiér link til punkt": copies the point's link (inside Teams through teams-js, or Teams' own share
// dialog), says so for a few seconds, and shows the link itself when it could not be copied.
import { Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import type { Strings } from '../../../strings/strings';
import type { DiscussionServices } from './usePointDiscussion';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  services: Pick<DiscussionServices, 'pointLink' | 'copyPointLink'>;
  strings: Strings;
}

/** How long "Linket er kopieret." stays: long enough to read, then out of the way. */
export const COPIED_NOTICE_MS = 4000;

export function CopyPointLink({ meeting, item, services, strings }: Props) {
  // The failure keeps the link on screen for the user to copy by hand; the confirmation goes away.
  const [notice, setNotice] = useState<{ text: string; lasting: boolean } | null>(null);
  const label = `${strings.point} ${item.number}: ${item.title}`;
  useEffect(() => {
    if (!notice || notice.lasting) return undefined;
    const timer = setTimeout(() => setNotice(null), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const copy = () =>
    services.copyPointLink(meeting.date, item.number, label).then(
      (how) => setNotice(how === 'copied' ? { text: strings.linkCopied, lasting: false } : null),
      () =>
        setNotice({
          text: strings.linkNotCopied(services.pointLink(meeting.date, item.number, label)),
          lasting: true,
        }),
    );
  return (
    <div>
      <Button appearance="subtle" onClick={() => void copy()}>
        {strings.copyLink}
      </Button>
      {notice && <Text role="status">{notice.text}</Text>}
    </div>
  );
}
