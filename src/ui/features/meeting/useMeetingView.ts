// The meeting view's state: its title, and the deep-linked point scrolled into view.
import { useEffect } from 'react';
import type { Meeting } from '../../../domain/meeting';
import type { Strings } from '../../../strings/strings';

export function useMeetingView(meeting: Meeting, strings: Strings, openPoint: number | null) {
  // A deep link, a copied link or a search hit opens its point; the reader must also see it.
  useEffect(() => {
    if (openPoint !== null)
      document.getElementById(`punkt-${openPoint}`)?.scrollIntoView?.({ block: 'start' });
  }, [meeting.date, openPoint]);
  const kind = meeting.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden;
  return { title: `${kind} ${meeting.forum}` };
}
