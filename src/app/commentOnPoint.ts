// A member's comment on a point: the point's thread is created on the first comment, and its id is
// recorded in the thread registry (a place of its own, PointThreadRegistry), so that every later
// comment, by anyone, joins it. An older version kept the id in the point's decision item: such an id
// is copied to the registry when the point is next commented on, and the decision is only read.
import { decisionKey } from '../domain/decisions/decision';
import type { ChatThreads, DecisionStore, PointThreadRegistry } from '../domain/ports';
import type { AgendaItem, Meeting } from '../domain/meeting';
import { ClosedPointError, commentHtml, pointPostFor } from '../domain/discussion/PointThreads';
import type { PostWords } from '../domain/discussion/PostWords';

/** Where a point's thread is found: the registry, else (from an older version) its decision. */
export interface ThreadPlaces {
  registry: PointThreadRegistry;
  /** Read only: an older version kept the point's thread id in its decision item. */
  decisions: Pick<DecisionStore, 'get'>;
}

export interface CommentOnPoint extends ThreadPlaces {
  threads: ChatThreads;
  meeting: Meeting;
  item: AgendaItem;
  /** The deep link back to the point, put in the root post. */
  link: string;
  /** The root post's fixed words. */
  postWords: PostWords;
  text: string;
}

export interface CommentPosted {
  threadId: string;
  replyId: string;
  /** Whether this comment's root post became the point's thread. */
  createdThread: boolean;
  /** A root this comment posted that lost the race to another member's: empty, and not linked. */
  orphanRootId: string | null;
}

/** The point's thread, where it is recorded: the registry first, else the decision an older version wrote. */
export async function findPointThread(
  places: ThreadPlaces,
  pointKey: string,
): Promise<{ threadId: string; registered: boolean } | null> {
  const registered = await places.registry.get(pointKey);
  if (registered) return { threadId: registered, registered: true };
  const legacy = (await places.decisions.get(pointKey))?.decision.threadId;
  return legacy ? { threadId: legacy, registered: false } : null;
}

/** Posts a comment on an open point, into its one thread; ClosedPointError for a closed point. */
export async function commentOnPoint(input: CommentOnPoint): Promise<CommentPosted> {
  if (input.item.closed) throw new ClosedPointError(input.item.number);
  if (input.text.trim() === '') throw new RangeError('A comment needs some text.');
  const thread = await threadOf(input);
  const reply = await input.threads.reply(thread.threadId, commentHtml(input.text));
  return { ...thread, replyId: reply.id };
}

/**
 * The point's thread, created when it has none. Two members commenting at once both find no thread
 * and both post a root; the registry's unique key lets exactly one record its root. The other gets
 * the winner's id from its claim and comments there, leaving its own root empty and unrecorded.
 *
 * Why not claim the point before posting? A claim ("pending") needs the loser to wait for the
 * winner's root id, which means polling, and a claim left by a member whose post failed would block
 * the point until it expired. An empty second root post in the rare race is the smaller harm; the
 * end state is still one thread holding every comment. (Graph cannot delete a channel post with the
 * permissions we use, so the orphan stays; its id is returned for the caller to log.)
 */
async function threadOf(input: CommentOnPoint): Promise<Omit<CommentPosted, 'replyId'>> {
  const key = decisionKey(input.meeting.date, input.item.number);
  const found = await findPointThread(input, key);
  if (found) {
    // An older version's thread is copied over (no second thread for the point, no loss).
    const threadId = found.registered ? found.threadId : await input.registry.claim(key, found.threadId);
    return { threadId, createdThread: false, orphanRootId: null };
  }
  const post = pointPostFor(input.meeting.date, input.item, input.link, input.postWords);
  const root = await input.threads.createRoot(post.subject, post.html);
  const threadId = await input.registry.claim(key, root.id);
  return threadId === root.id
    ? { threadId, createdThread: true, orphanRootId: null }
    : { threadId, createdThread: false, orphanRootId: root.id };
}
