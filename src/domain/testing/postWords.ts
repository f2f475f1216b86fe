// Post words for the domain's and the use cases' tests: plain, and unlike either language's, so a test
// shows the words come from the caller. The real ones (src/strings) are tested in postWords.test.ts there.
import type { PostWords } from '../discussion/PostWords';

export const testPostWords: PostWords = {
  point: (number, title) => `Item ${number}: ${title}`,
  closedPoint: (number) => `Item ${number} (closed)`,
  meetingOn: (meetingDate) => `Meeting of ${meetingDate}`,
  openPoint: 'Open the item',
  published: (forum, meetingDate) => `Minutes of ${forum} ${meetingDate} published:`,
  announcementSubject: (referatName) => `${referatName} published`,
};
