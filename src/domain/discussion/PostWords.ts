// The fixed words of what the tab posts in Teams: a point's root post and the referat's announcement. The
// domain builds the posts' HTML and escapes what people wrote; the words come from the string tables
// (src/strings), and the composition root decides which language the posts speak.

/** The words of the posts, each given what it has to say. Dates are ISO days (`2020-10-08`). */
export interface PostWords {
  /** A point by its number and title: its root post's subject, its link in the announcement. */
  point: (number: number, title: string) => string;
  /** A closed point, named by its number only (its title may not be shown). */
  closedPoint: (number: number) => string;
  /** The root post's line naming the meeting. */
  meetingOn: (meetingDate: string) => string;
  /** The text of the root post's link back to the point in the tab. */
  openPoint: string;
  /** The announcement's opening, put before the link to the referat's file. */
  published: (forum: string, meetingDate: string) => string;
  /** The announcement's subject, from the referat's name (a subject only: never how the post is found). */
  announcementSubject: (referatName: string) => string;
}
