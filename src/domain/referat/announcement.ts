// The one channel message that announces a published referat: the meeting, the file, and a deep link to
// each open point; a closed point is named by its number only. Everything a person wrote is escaped.
import { danishWeekdayDate } from '../danishWeekdayDate';
import { linkHtml } from '../discussion/PointThreads';
import { escapeHtml } from '../escapeHtml';
import type { Meeting } from '../meeting';

/**
 * "Referat Chefforum 10-03-2022 er udgivet": the message's subject, which is also how the announcement
 * is found again, so that publishing twice announces once.
 */
export function announcementSubject(referatName: string): string {
  return `${referatName} er udgivet`;
}

/** The announcement's HTML body. */
export function announcementHtml(
  meeting: Meeting,
  file: { name: string; webUrl: string },
  pointLink: (number: number, title: string) => string,
): string {
  const day = danishWeekdayDate(meeting.date) ?? meeting.date;
  const points = meeting.items.map((item) =>
    item.closed
      ? `<li>${escapeHtml(`Punkt ${item.number}: Lukket`)}</li>`
      : `<li>${linkHtml(pointLink(item.number, item.title), `Punkt ${item.number}: ${item.title}`)}</li>`,
  );
  return [
    `<p>${escapeHtml(`Referatet af ${meeting.forum} ${day} er udgivet:`)} ${linkHtml(file.webUrl, file.name)}</p>`,
    points.length > 0 ? `<ul>${points.join('')}</ul>` : '',
  ].join('');
}
