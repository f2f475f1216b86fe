// A member's comment on a point: the point's thread is created on the first comment, and its id is
// kept in the point's decision (`threadId`), so that every later comment, by anyone, joins it.
import type { Decision } from '../domain/decisions/decision';
import { decisionFromPoint, decisionKey } from '../domain/decisions/decision';
import { DecisionConflict } from '../domain/decisions/DecisionStore';
import type { ChatThreads, DecisionStore, StoredDecision } from '../domain/ports';
import type { AgendaItem, Meeting } from '../domain/meeting';
import { ClosedPointError, commentHtml, pointPostFor } from '../domain/discussion/PointThreads';
import type { PostWords } from '../domain/discussion/PostWords';

export interface CommentOnPoint {
  threads: ChatThreads;
  decisions: DecisionStore;
  meeting: Meeting;
  item: AgendaItem;
  /** The deep link back to the point, put in the root post. */
  link: string;
  /** The root post's fixed words. */
  postWords: PostWords;
  /** The referat's address, kept in the decision if this comment creates it. */
  sourceUrl: string | null;
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

/** Posts a comment on an open point, into its one thread; ClosedPointError for a closed point. */
export async function commentOnPoint(input: CommentOnPoint): Promise<CommentPosted> {
  if (input.item.closed) throw new ClosedPointError(input.item.number);
  if (input.text.trim() === '') throw new RangeError('A comment needs some text.');
  const thread = await threadOf(input);
  const reply = await input.threads.reply(thread.threadId, commentHtml(input.text));
  return { ...thread, replyId: reply.id };
}

// How many times a thread id is saved again when someone edited other fields of the decision meanwhile.
const SAVE_ATTEMPTS = 5;

/**
 * The point's thread, created when it has none. Two members commenting at once both see no thread
 * and both post a root; the decision's eTag then lets exactly one record its root. The other finds
 * the winner's id on re-reading and comments there, leaving its own root empty and unlinked.
 *
 * Why not claim the decision before posting? A claim ("pending") needs the loser to wait for the
 * winner's root id, which means polling, and a claim left by a member whose post failed would block
 * the point until it expired. An empty second root post in the rare race is the smaller harm; the
 * end state is still one thread holding every comment. (Graph cannot delete a channel post with the
 * permissions we use, so the orphan stays; its id is returned for the caller to log.)
 */
async function threadOf(input: CommentOnPoint): Promise<Omit<CommentPosted, 'replyId'>> {
  let read = await readOrCreate(input);
  const existing = read.decision.threadId;
  if (existing) return { threadId: existing, createdThread: false, orphanRootId: null };
  const post = pointPostFor(input.meeting.date, input.item, input.link, input.postWords);
  const root = await input.threads.createRoot(post.subject, post.html);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await input.decisions.save(read, { ...read.decision, threadId: root.id });
      return { threadId: root.id, createdThread: true, orphanRootId: null };
    } catch (error) {
      if (!(error instanceof DecisionConflict) || attempt >= SAVE_ATTEMPTS) throw error;
      read = error.theirs;
      const theirs = read.decision.threadId;
      if (theirs) return { threadId: theirs, createdThread: false, orphanRootId: root.id };
      // Someone changed another field (the decision text, a deadline): keep theirs, add our thread.
    }
  }
}

/**
 * The point's stored decision, created from the point when there is none. `create` (not `upsert`)
 * so a decision another member stored meanwhile, with their thread id, is never overwritten.
 */
async function readOrCreate(input: CommentOnPoint): Promise<StoredDecision> {
  const key = decisionKey(input.meeting.date, input.item.number);
  const stored = await input.decisions.get(key);
  if (stored) return stored;
  const fresh: Decision | null = decisionFromPoint(input.meeting, input.item, input.sourceUrl);
  if (!fresh) throw new RangeError(`Point ${key} has no decision to keep its thread in (no meeting date).`);
  try {
    return await input.decisions.create(fresh);
  } catch (error) {
    if (error instanceof DecisionConflict) return error.theirs;
    throw error;
  }
}
