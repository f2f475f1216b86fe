// The channel's announcements through Graph: a root post with a subject (api-reference/v1.0/api/
// chatmessage-post.md), known again by the id its answer gave, read back with a GET of that one message
// (chatmessage-get.md). Channel messages can be listed only with $top and $expand (channel-list-
// messages.md), and Teams allows about four requests a second per channel (concepts/throttling-
// limits.md, Teams service limits): so the only listing is one page of the newest posts, read once
// before an announcement is posted (a lost post of ours, look-alikes to name) — never a walk through
// the channel's history. Reading needs
// ChannelMessage.Read.All, as the points' discussions do.
import type { Announcements, PostedMessage } from '../domain/ports';
import type { GraphPage } from './call';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import { GraphFailure } from './GraphFailure';
import { type MessageJson, postChannelMessage } from './messages';

/** The newest root posts read when a post's answer was lost: Graph's largest page (channel-list-messages.md). */
const NEWEST = 50;

/** Graph chatMessage JSON → a posted message; null for a deleted one (deletedDateTime set). */
function posted(json: MessageJson): PostedMessage | null {
  if (json.deletedDateTime) return null;
  return {
    id: json.id ?? '',
    authorId: json.from?.user?.id ?? null,
    createdDateTime: json.createdDateTime ?? '',
    subject: json.subject ?? null,
    html: json.body?.content ?? '',
  };
}

export function channelAnnouncements(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
): Announcements {
  const path = `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages`;
  return {
    async get(id) {
      try {
        return posted(await graphAccess(connection).get<MessageJson>(`${path}/${encodeURIComponent(id)}`));
      } catch (error) {
        if (error instanceof GraphFailure && error.code === 'not-found') return null;
        throw error;
      }
    },
    async latest() {
      const page = await graphAccess(connection).get<GraphPage<MessageJson>>(path, { top: NEWEST });
      return page.value.map(posted).filter((each) => each !== null);
    },
    async post(subject, html) {
      const message = await postChannelMessage(connection, teamId, channelId, subject, html);
      return { id: message.id };
    },
  };
}
