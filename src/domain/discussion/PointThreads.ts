// A point's discussion: the pure HTML of what we post where members talk (the port, ChatThreads, is
// in ../ports; the posts' fixed words, PostWords, are given). Every text is escaped.
import { decodeHTML } from 'entities';
import { escapeHtml } from '../escapeHtml';
import { FailureError } from '../failure';
import type { AgendaItem } from '../meeting';
import { withoutControlCharacters } from '../plainText';
import type { PostWords } from './PostWords';

/** What a root post says about its point. `link` is the deep link back to the point in the tab. */
export interface PointLink {
  meetingDate: string;
  number: number;
  title: string;
  link: string;
}

/** Thrown when asked to discuss a closed point: its content is never posted anywhere. */
export class ClosedPointError extends FailureError {
  constructor(readonly number: number) {
    super({ code: 'closed-point' }, `Point ${number} is closed and cannot be discussed in a thread.`);
    this.name = 'ClosedPointError';
  }
}

/** An escaped <a href> to a web address; RangeError for any other kind of URL. */
export function linkHtml(href: string, text: string): string {
  // An escaped "javascript:" URL would still run when clicked: only web links are linked.
  if (!/^https?:\/\//i.test(href)) throw new RangeError(`Not an http(s) URL: ${href}`);
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** The root post's body: number and title, the meeting's date, and a link back to the point. */
export function pointPostHtml(point: PointLink, words: PostWords): string {
  return [
    `<p><b>${escapeHtml(words.point(point.number, point.title))}</b></p>`,
    `<p>${escapeHtml(words.meetingOn(point.meetingDate))}</p>`,
    `<p>${linkHtml(point.link, words.openPoint)}</p>`,
  ].join('');
}

/** The root post for an agenda item (its subject is plain text); ClosedPointError for a closed one. */
export function pointPostFor(
  meetingDate: string,
  item: AgendaItem,
  link: string,
  words: PostWords,
): { subject: string; html: string } {
  if (item.closed) throw new ClosedPointError(item.number);
  const title = withoutControlCharacters(item.title);
  const point = { meetingDate, number: item.number, title, link };
  return { subject: words.point(item.number, title), html: pointPostHtml(point, words) };
}

/** A member's comment as message HTML: plain (withoutControlCharacters), escaped, line breaks kept as <br>. */
export function commentHtml(text: string): string {
  return `<p>${escapeHtml(withoutControlCharacters(text).trim()).replace(/\n/g, '<br>')}</p>`;
}

/** A message's HTML as plain text: <br> and paragraph ends as line breaks, tags dropped, entities read. */
export function messageText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  // Entities as HTML defines them, by the `entities` library (as htmlToText reads Word's HTML).
  return decodeHTML(text).trim();
}
