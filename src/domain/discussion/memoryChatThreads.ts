// ChatThreads' in-memory twin: one channel that several members post to, for unit tests of whatever
// discusses points. Times come from a counter, not the clock, so tests are repeatable.
import { messageText } from './PointThreads';
import { type ChatThreads } from '../ports';

export interface MemoryPost {
  id: string;
  author: string;
  createdDateTime: string;
  subject: string | null;
  html: string;
  replyToId: string | null;
}

export interface MemoryChannel {
  /** The channel as one member sees it: what they post carries their name. */
  as(author: string): ChatThreads;
  /** Every root post, oldest first. */
  roots(): MemoryPost[];
  /** The replies to a root, oldest first. */
  repliesTo(rootId: string): MemoryPost[];
}

export interface MemoryChannelOptions {
  /** Runs while a root is being created (after it is stored): lets a test make others act meanwhile. */
  onCreateRoot?: (root: MemoryPost) => Promise<void>;
}

export function memoryChannel(options: MemoryChannelOptions = {}): MemoryChannel {
  const posts: MemoryPost[] = [];
  const add = (author: string, subject: string | null, html: string, replyToId: string | null) => {
    const n = posts.length + 1;
    const post = {
      id: `m${n}`,
      author,
      createdDateTime: new Date(Date.UTC(2020, 9, 8, 12, 0, n)).toISOString(),
      subject,
      html,
      replyToId,
    };
    posts.push(post);
    return post;
  };
  const repliesTo = (rootId: string) => posts.filter((post) => post.replyToId === rootId);
  const rootOf = (rootId: string) => {
    const root = posts.find((post) => post.id === rootId && post.replyToId === null);
    if (!root) throw new Error(`No root post ${rootId}.`);
    return root;
  };
  return {
    as(author) {
      return {
        async createRoot(subjectText, bodyHtml) {
          const root = add(author, subjectText, bodyHtml, null);
          await options.onCreateRoot?.(root);
          return { id: root.id, webUrl: `https://teams.example/l/message/${root.id}` };
        },
        async reply(rootId, html) {
          return { id: add(author, null, html, rootOf(rootId).id).id };
        },
        async replies(rootId) {
          rootOf(rootId);
          return repliesTo(rootId).map((post) => ({
            id: post.id,
            author: post.author,
            createdDateTime: post.createdDateTime,
            text: messageText(post.html),
          }));
        },
      };
    },
    roots: () => posts.filter((post) => post.replyToId === null),
    repliesTo,
  };
}
