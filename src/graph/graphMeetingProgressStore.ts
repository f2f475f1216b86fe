// MeetingProgressStore on a SharePoint list of the channel's site, one item per meeting date
// ("Chefforum mødeforløb"): a panel following the meeting reads its one item by id (meetingRecordList).
// listitem-get.md documents no If-None-Match, so the read is a plain GET of a small item, not a
// conditional one.
import type { MeetingProgressStore } from '../domain/ports';
import { progressFromJson, progressToJson } from '../domain/meetingProgress/meetingProgress';
import type { GraphConnection } from './createGraphClient';
import { graphMeetingRecords, meetingRecordPort } from './meetingRecordList';

export const PROGRESS_LIST = 'Chefforum mødeforløb';

export function graphMeetingProgressStore(
  connection: GraphConnection,
  siteId: () => Promise<string>,
  listName = PROGRESS_LIST,
): MeetingProgressStore {
  const records = graphMeetingRecords(connection, siteId, listName, {
    column: 'Progress',
    meetingDate: (progress) => progress.meetingDate,
    toJson: progressToJson,
    fromJson: progressFromJson,
  });
  return meetingRecordPort(records, 'progress');
}
