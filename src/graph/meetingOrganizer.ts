// Who organizes the meeting a meeting chat belongs to: the chat's onlineMeetingInfo.organizer
// (graph api-reference/v1.0/resources/chat.md, teamworkonlinemeetinginfo.md; GET /chats/{id},
// chat-get.md, least privilege Chat.ReadBasic). A tab has no documented way to learn a user's
// presenter role: teams-js's UserMeetingRole is @hidden (Live Share's), and msteams-docs
// apps-in-teams-meetings/meeting-apps-apis.md offers "Get participant" to bots only.
import type { Chat } from '@microsoft/microsoft-graph-types';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';

/** The organizer's Entra object id, or null for a chat that is no meeting's. */
export async function meetingOrganizerId(
  connection: GraphConnection,
  chatId: string,
): Promise<string | null> {
  const chat = await graphAccess(connection).get<Chat>(`/chats/${encodeURIComponent(chatId)}`);
  return chat.onlineMeetingInfo?.organizer?.id ?? null;
}
