// What the meeting on screen is drawn with: its points' discussion, the referat's pin and writer beside
// it, the open and current point, each point's case history and the links to documents and points.
import { attachmentFile } from '../../../domain/library/attachmentFile';
import { caseHistory } from '../../../domain/library/caseHistory';
import { currentPointNumber } from '../../../domain/library/currentPoint';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import { PinReferatButton } from '../discussion/PinReferatButton';
import { PointDiscussion } from '../discussion/PointDiscussion';
import { MeetingReferat } from '../referat/MeetingReferat';
import type { LibraryViewProps } from './LibraryPage.types';
import type { LibraryViewState, ShownMeeting } from './useLibraryView';

/** The meeting's aside: pinning its referat (a referat only) and writing and publishing one. */
function MeetingAside({ props, view, meeting }: Args) {
  const { pinner, strings, language } = props;
  // "Udarbejd referat" writes the decisions recorded in the list, so it shows where there are some.
  const decided =
    view.stored.state.status === 'ready' &&
    view.stored.state.stored.some((each) => each.decision.meetingDate === meeting.date);
  return (
    <>
      {pinner && meeting.kind === 'referat' && (
        <PinReferatButton
          meetingDate={meeting.date}
          fileName={meeting.fileName}
          webUrl={meeting.url}
          pinner={pinner.pinner}
          inChat={pinner.inChat}
          strings={strings}
        />
      )}
      <MeetingReferat
        meeting={meeting}
        hasDecisions={decided}
        approvals={view.approvals}
        services={props.referat}
        pinner={pinner}
        strings={strings}
        language={language}
      />
    </>
  );
}

interface Args {
  props: LibraryViewProps;
  view: LibraryViewState;
  meeting: ShownMeeting;
}

export function meetingViewProps({ props, view, meeting }: Args) {
  const { strings, language, place, href, discussion, complete } = props;
  const { live, clock, today, meetings } = view;
  return {
    meeting,
    compact: props.compact ?? false,
    pointExtras: discussion
      ? (item: AgendaItem) => (
          <PointDiscussion
            meeting={meeting}
            item={item}
            sourceUrl={meeting.url}
            services={discussion}
            strings={strings}
            language={language}
          />
        )
      : undefined,
    aside: <MeetingAside props={props} view={view} meeting={meeting} />,
    strings,
    language,
    openPoint: meeting.date === place.meeting ? place.point : null,
    // Once the secretary has started the meeting, its point is the current one, whatever the clock says.
    currentPoint: live.progress
      ? live.progress.current
      : currentPointNumber(meeting, today, clock.toTimeString().slice(0, 5)),
    history: (item: Meeting['items'][number]) =>
      item.caseNumber ? caseHistory(meetings, item.caseNumber, meeting.date) : undefined,
    historyNote: complete ? null : strings.historyIncomplete,
    documentUrl: meeting.url,
    attachmentUrl: (name: string) => attachmentFile(name, props.library.attachments)?.webUrl ?? null,
    pointHref: (date: string, number: number) => href({ meeting: date, point: number }),
  };
}
