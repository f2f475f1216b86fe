// ChatThreads through Graph: a channel thread per point (a root post with replies), or, in a meeting
// or group chat, the chat itself, since chat messages cannot have replies.
import type { ChatMessage as ChatMessageJson } from '@microsoft/microsoft-graph-types';
import type { ChatThreads, ThreadReply } from '../domain/ports';
import { messageText } from '../domain/discussion/PointThreads';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import { GraphFailure } from './GraphFailure';
import {
  type ChatMessage,
  listReplies,
  postChannelMessage,
  postChatMessage,
  replyToChannelMessage,
} from './messages';

const toReply = (message: ChatMessage): ThreadReply => ({
  id: message.id,
  author: message.from,
  createdDateTime: message.createdDateTime,
  text: messageText(message.html),
});

const oldestFirst = (a: ChatMessage, b: ChatMessage) =>
  a.createdDateTime.localeCompare(b.createdDateTime) || a.id.localeCompare(b.id);

/** A channel's threads: the root post carries the subject, comments are its replies. */
export function channelChatThreads(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
): ChatThreads {
  return {
    async createRoot(subjectText, bodyHtml) {
      const root = await postChannelMessage(connection, teamId, channelId, subjectText, bodyHtml);
      return { id: root.id, ...(root.webUrl ? { webUrl: root.webUrl } : {}) };
    },
    async reply(rootId, html) {
      const reply = await replyToChannelMessage(connection, teamId, channelId, rootId, html);
      return { id: reply.id };
    },
    async replies(rootId) {
      return (await listReplies(connection, teamId, channelId, rootId)).sort(oldestFirst).map(toReply);
    },
  };
}

/**
 * A chat as one thread: the root is a message (a chat message has no subject, so the subject is
 * left to the body, which already names the point), a reply is a later message, and the replies
 * are every message posted after the root, whoever wrote them and about whatever. Good enough for
 * a meeting chat about one agenda; a busy group chat mixes its points' comments.
 */
export function chatChatThreads(connection: GraphConnection, chatId: string): ChatThreads {
  return {
    async createRoot(_subjectText, bodyHtml) {
      const root = await postChatMessage(connection, chatId, bodyHtml);
      return { id: root.id, ...(root.webUrl ? { webUrl: root.webUrl } : {}) };
    },
    async reply(_rootId, html) {
      return { id: (await postChatMessage(connection, chatId, html)).id };
    },
    async replies(rootId) {
      return (await messagesAfter(connection, chatId, rootId)).map((message) => ({
        id: message.id ?? '',
        author: message.from?.user?.displayName ?? null,
        createdDateTime: message.createdDateTime ?? '',
        text: messageText(message.body?.content ?? ''),
      }));
    },
  };
}

/**
 * The chat's messages after the root, oldest first; pages, newest first by createdDateTime, are read
 * until the root. Graph's default order is lastModifiedDateTime desc (api/chat-list-messages.md), which
 * a reaction or an edit changes: a reaction on the root would put it first and hide every reply.
 */
async function messagesAfter(
  connection: GraphConnection,
  chatId: string,
  rootId: string,
): Promise<ChatMessageJson[]> {
  const after: ChatMessageJson[] = [];
  const pages = graphAccess(connection).pages<ChatMessageJson>(
    `/chats/${encodeURIComponent(chatId)}/messages`,
    {
      orderby: 'createdDateTime desc',
      top: 50, // the most Graph allows here
    },
  );
  // Leaving the loop at the root stops the paging: the pages after it are not asked for.
  for await (const page of pages) {
    const rootAt = page.findIndex((message) => message.id === rootId);
    if (rootAt >= 0) return comments([...after, ...page.slice(0, rootAt)]);
    after.push(...page);
  }
  throw new GraphFailure('not-found', `Message ${rootId} is not in chat ${chatId}.`, 404);
}

/** The messages that are comments, oldest first: system messages (members added, meeting started) are not. */
function comments(messages: ChatMessageJson[]): ChatMessageJson[] {
  return messages
    .filter((message) => (message.messageType ?? 'message') === 'message')
    .sort(
      (a, b) =>
        (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? '') ||
        (a.id ?? '').localeCompare(b.id ?? ''),
    );
}
