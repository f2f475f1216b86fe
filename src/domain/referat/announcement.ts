// The one channel message that announces a published referat: the meeting, the file, and a deep link to
// each open point; a closed point is named by its number only. Everything is escaped. Its subject is
// `PostWords.announcementSubject`; it is found again by the id kept in the meeting's publication record.
import { linkHtml } from '../discussion/PointThreads';
import type { PostWords } from '../discussion/PostWords';
import { escapeHtml } from '../escapeHtml';
import type { Meeting } from '../meeting';

/** The announcement's HTML body, in the given words. */
export function announcementHtml(
  meeting: Meeting,
  file: { name: string; webUrl: string },
  pointLink: (number: number, title: string) => string,
  words: PostWords,
): string {
  const points = meeting.items.map((item) =>
    item.closed
      ? `<li>${escapeHtml(words.closedPoint(item.number))}</li>`
      : `<li>${linkHtml(pointLink(item.number, item.title), words.point(item.number, item.title))}</li>`,
  );
  return [
    `<p>${escapeHtml(words.published(meeting.forum, meeting.date))} ${linkHtml(file.webUrl, file.name)}</p>`,
    points.length > 0 ? `<ul>${points.join('')}</ul>` : '',
  ].join('');
}
