// What the meeting on screen is drawn with: its points' discussion, the referat's pin and writer beside
// it, the open and current point, each point's case history and the links to documents and points.
import { mayOfferWriting } from '../../../domain/decisions/writeAccess';
import { attachmentFile } from '../../../domain/library/attachmentFile';
import { caseHistory } from '../../../domain/library/caseHistory';
import { currentPointNumber } from '../../../domain/library/currentPoint';
import { PinReferatButton } from '../discussion/PinReferatButton';
import { PointDiscussion } from '../discussion/PointDiscussion';
import type { MeetingViewProps } from '../meeting/MeetingView';
import { MeetingReferat } from '../referat/MeetingReferat';
import type { LibraryViewProps } from './LibraryPage.types';
import type { LibraryViewState, ShownMeeting } from './useLibraryView';

/**
 * The meeting's aside: the referat's approval, and where writing is offered, pinning the referat (a
 * referat only) and writing and publishing one.
 */
function MeetingAside({ props, view, meeting, writing }: Args & { writing: boolean }) {
  const { strings, language } = props;
  // Pinning and writing the referat are the minutes' (the secretary's mode), offered there until the
  // decision list has refused this user a write.
  const writes = writing && mayOfferWriting(view.stored.access);
  const pinner = writes ? props.pinner : undefined;
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
        services={writes ? props.referat : undefined}
        pinner={pinner}
        strings={strings}
        language={language}
        now={view.clock}
      />
    </>
  );
}

interface Args {
  props: LibraryViewProps;
  view: LibraryViewState;
  meeting: ShownMeeting;
}

export function meetingViewProps({ props, view, meeting }: Args): MeetingViewProps {
  const { strings, language, place, href, discussion, complete } = props;
  const { live, clock, today, meetings } = view;
  return {
    meeting,
    strings,
    language,
    compact: props.compact ?? false,
    openPoint: meeting.date === place.meeting ? place.point : null,
    // Once the secretary has started the meeting, its point is the current one, whatever the clock says.
    currentPoint: live.progress
      ? live.progress.current
      : currentPointNumber(meeting, today, clock.toTimeString().slice(0, 5)),
    links: {
      documentUrl: meeting.url,
      attachmentUrl: (name) => attachmentFile(name, props.library.attachments)?.webUrl ?? null,
      pointHref: (date, number) => href({ meeting: date, point: number }),
    },
    history: {
      of: (item) => (item.caseNumber ? caseHistory(meetings, item.caseNumber, meeting.date) : undefined),
      note: complete ? null : strings.historyIncomplete,
    },
    slots: {
      aside: <MeetingAside props={props} view={view} meeting={meeting} writing={false} />,
      writingAside: <MeetingAside props={props} view={view} meeting={meeting} writing />,
      pointExtras: discussion
        ? (item) => (
            <PointDiscussion
              meeting={meeting}
              item={item}
              services={discussion}
              strings={strings}
              language={language}
            />
          )
        : undefined,
    },
  };
}
