// "Udgiv referat" in one action: save the file, pin it in the channel, post one announcement. Each step
// is safe to repeat, so a second click, or a retry after a lost connection, pins and announces nothing
// twice: the file is found with the same text, the tab by its name, the announcement by its subject.
import type { Meeting } from '../domain/meeting';
import type { PostWords } from '../domain/discussion/PostWords';
import { announcementHtml } from '../domain/referat/announcement';
import type {
  Announcements,
  PinResult,
  ReferatFolder,
  ReferatWriter,
  StoredReferat,
  TabPinner,
} from '../domain/ports';
import { type ReferatPlan, saveReferat } from './writeReferat';

export interface PublishPorts {
  folder: ReferatFolder;
  writer: ReferatWriter;
  pinner: TabPinner;
  announcements: Announcements;
  /** A deep link to a point of the meeting (it opens the tab on that point). */
  pointLink: (meetingDate: string, number: number, title: string) => string;
  /** The announcement's words; the same for every publish of a referat, or it would be announced twice. */
  postWords: PostWords;
}

export type PublishResult =
  | { status: 'published'; file: StoredReferat; pin: PinResult; announcement: 'posted' | 'already-posted' }
  | { status: 'exists'; existing: StoredReferat }
  | { status: 'changed' };

export async function publishReferat(
  meeting: Meeting,
  plan: ReferatPlan,
  ports: PublishPorts,
  replace: StoredReferat | null = null,
): Promise<PublishResult> {
  const saved = await saveReferat(plan, ports, replace);
  if (saved.status === 'exists' || saved.status === 'changed') return saved;
  const { file } = saved;
  const pin = await ports.pinner.pinReferat({
    meetingDate: meeting.date,
    fileName: file.name,
    webUrl: file.webUrl,
    driveItemId: file.id,
  });
  const subject = ports.postWords.announcementSubject(plan.document.name);
  if (await ports.announcements.find(subject))
    return { status: 'published', file, pin, announcement: 'already-posted' };
  const html = announcementHtml(
    meeting,
    file,
    (number, title) => ports.pointLink(meeting.date, number, title),
    ports.postWords,
  );
  await ports.announcements.post(subject, html);
  return { status: 'published', file, pin, announcement: 'posted' };
}
