// A chat itself (GET /chats/{id}, graph api-reference/v1.0/api/chat-get.md): its id, topic, type and,
// for a meeting's chat, onlineMeetingInfo with the organizer (resources/chat.md,
// teamworkonlinemeetinginfo.md, teamworkuseridentity.md). Only the chat's members may read it.
import type { Context } from '../context';
import { forbidden, json, notFound } from '../http';
import type { StoredChat, StoredUser } from '../model';
import type { Router } from '../router';

export function chatRoutes(router: Router, ctx: Context): void {
  router.on('GET', '/chats/{chat}', (request, params) => {
    const chat = ctx.db.get<StoredChat>('chats', params.chat);
    if (!chat) return notFound(`Chat ${params.chat}`);
    if (!request.user || !chat.memberIds.includes(request.user.id)) return forbidden();
    const organizer = chat.organizerId ? ctx.db.get<StoredUser>('users', chat.organizerId) : undefined;
    return json(200, {
      '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#chats/$entity`,
      id: chat.id,
      topic: chat.topic,
      chatType: chat.chatType,
      onlineMeetingInfo:
        chat.chatType === 'meeting' && organizer
          ? {
              calendarEventId: null,
              joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chat.id)}/0`,
              organizer: {
                id: organizer.id,
                displayName: organizer.displayName,
                userIdentityType: 'aadUser',
                tenantId: null,
              },
            }
          : null,
    });
  });
}
