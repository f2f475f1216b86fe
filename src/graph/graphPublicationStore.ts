// PublicationStore on a SharePoint list the app owns, one item per meeting date ("Chefforum
// udgivelser"), made by the same helper as the meeting progress list (meetingRecordList), on the same
// site. A list of its own rather than a column of the progress list: the progress item is rewritten at
// every point of a meeting by its leader, with If-Match, so a publish claim there would race those
// writes for no reason (and an existing progress list would need a new column added).
import type { PublicationStore } from '../domain/ports';
import { publicationFromJson, publicationToJson } from '../domain/referat/publication';
import type { GraphConnection } from './createGraphClient';
import { graphMeetingRecords, meetingRecordPort } from './meetingRecordList';

export const PUBLICATION_LIST = 'Chefforum udgivelser';

export function graphPublicationStore(
  connection: GraphConnection,
  siteId: () => Promise<string>,
  listName = PUBLICATION_LIST,
): PublicationStore {
  const records = graphMeetingRecords(connection, siteId, listName, {
    column: 'Publication',
    meetingDate: (publication) => publication.meetingDate,
    toJson: publicationToJson,
    fromJson: publicationFromJson,
  });
  return meetingRecordPort(records, 'publication');
}
