// The channel's announcements through Graph: a root post with a subject, found again by that subject
// among the channel's root posts (graph docs api-reference/v1.0/api/chatmessage-post.md,
// channel-list-messages.md; reading needs ChannelMessage.Read.All, as the points' discussions do).
import type { Announcements } from '../domain/referat/referatPorts';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import { postChannelMessage } from './messages';

interface RootPostJson {
  id: string;
  subject?: string | null;
  deletedDateTime?: string | null;
}

export function channelAnnouncements(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
): Announcements {
  const path = `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages`;
  return {
    async find(subject) {
      const posts = await graphAccess(connection).all<RootPostJson>(path, { top: 50 });
      const found = posts.find((post) => post.subject === subject && !post.deletedDateTime);
      return found ? { id: found.id } : null;
    },
    async post(subject, html) {
      const message = await postChannelMessage(connection, teamId, channelId, subject, html);
      return { id: message.id };
    },
  };
}
