// What the meeting page shows of its referat: whether it is approved (a referat), and "Udarbejd
// referat" when the meeting has decisions and the tab can save files.
import { Badge } from '@fluentui/react-components';
import type { TabPinner } from '../../../domain/ports';
import type { Meeting } from '../../../domain/meeting';
import type { ReferatApproval } from '../../../domain/referat/approval';
import { formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import { ReferatPanel } from './ReferatPanel';
import { useReferatPanelStyles } from './ReferatPanel.styles';
import type { ReferatServices } from './useReferat';

interface Props {
  meeting: Meeting;
  /** Whether decisions are recorded for the meeting in the decision list. */
  hasDecisions: boolean;
  /** The approvals known, by meeting date (none said of a referat without one); null while not read. */
  approvals: ReadonlyMap<string, ReferatApproval> | null;
  services: ReferatServices | undefined;
  pinner: { pinner: TabPinner; inChat: boolean } | undefined;
  strings: Strings;
  language: Language;
  /** Now, from the tab's clock. */
  now: Date;
}

export function MeetingReferat(props: Props) {
  const { meeting, hasDecisions, approvals, services, pinner, strings, language, now } = props;
  const styles = useReferatPanelStyles();
  const approval = approvals?.get(meeting.date);
  return (
    <>
      {meeting.kind === 'referat' && approval && (
        <Badge
          className={styles.approval}
          appearance="tint"
          color={approval.status === 'approved' ? 'success' : 'warning'}
          role="status"
        >
          {approval.status === 'approved'
            ? strings.referatApproved(formatMeetingDate(approval.approvedOn, language), approval.approvedBy)
            : strings.referatNotApproved}
        </Badge>
      )}
      {services && hasDecisions && (
        <ReferatPanel
          meeting={meeting}
          services={services}
          pinner={pinner ?? null}
          strings={strings}
          language={language}
          now={now}
        />
      )}
    </>
  );
}
