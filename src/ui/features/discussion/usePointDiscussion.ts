// One point's discussion: its thread (found in the thread registry, or in the decision item an older
// version kept it in), the comments in it, and posting a new one. Loads only when the point is opened.
import { useCallback, useEffect, useState } from 'react';
import { decisionKey } from '../../../domain/decisions/decision';
import type { DecisionStore } from '../../../domain/ports';
import type { PointThreadRegistry } from '../../../domain/ports';
import { commentOnPoint, findPointThread } from '../../../app/commentOnPoint';
import type { ChatThreads, ThreadReply } from '../../../domain/ports';
import type { PostWords } from '../../../domain/discussion/PostWords';
import { type Failure, failureOf } from '../../../domain/failure';
import type { AgendaItem, Meeting } from '../../../domain/meeting';

/** What the discussion needs; supplied by the composition root (channel or chat, Graph or twin). */
export interface DiscussionServices {
  threads: ChatThreads;
  /** Where each point's thread is recorded. */
  registry: PointThreadRegistry;
  /** Read only: where an older version recorded a point's thread. */
  decisions: Pick<DecisionStore, 'get'>;
  /** The link to a point to put in a root post and to copy: a Teams deep link inside Teams. */
  pointLink: (meetingDate: string, number: number, label: string) => string;
  /** The root post's fixed words: the forum's language, not necessarily the tab's. */
  postWords: PostWords;
  /** Where Teams shows a thread, when it can be linked. */
  threadUrl: (threadId: string) => string | null;
  /** Copies the link to a point; 'shared' when Teams showed its own share dialog instead. */
  copyPointLink: (meetingDate: string, number: number, label: string) => Promise<'copied' | 'shared'>;
}

export type DiscussionState =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | { status: 'ready'; threadId: string | null; replies: ThreadReply[] };

export function usePointDiscussion(meeting: Meeting, item: AgendaItem, services: DiscussionServices) {
  const [state, setState] = useState<DiscussionState>({ status: 'loading' });
  const [posting, setPosting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const found = await findPointThread(services, decisionKey(meeting.date, item.number));
        const threadId = found?.threadId ?? null;
        const replies = threadId ? await services.threads.replies(threadId) : [];
        if (live) setState({ status: 'ready', threadId, replies });
      } catch (error) {
        if (live) setState({ status: 'failed', failure: failureOf(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [meeting.date, item.number, services, attempt]);

  /** Posts a comment; resolves true when sent (the box may then be emptied), false when it was not. */
  const comment = useCallback(
    async (text: string): Promise<boolean> => {
      setPosting(true);
      setFailure(null);
      try {
        const link = services.pointLink(meeting.date, item.number, item.title);
        await commentOnPoint({ ...services, meeting, item, link, text });
        setAttempt((count) => count + 1);
        return true;
      } catch (error) {
        setFailure(failureOf(error));
        return false;
      } finally {
        setPosting(false);
      }
    },
    [services, meeting, item],
  );

  return { state, posting, failure, comment, retry: () => setAttempt((count) => count + 1) };
}
