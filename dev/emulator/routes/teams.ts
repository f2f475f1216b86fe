// Teams, channels, channel messages (root posts and replies), channel tabs,
// and chats with messages and pinned messages.
import type { ChatMessage, TeamsTab, TeamworkUserIdentity } from '@microsoft/microsoft-graph-types';
import { type Context, isResponse, newId, paged, teamFor } from '../context';
import {
  type EmulatorRequest,
  type EmulatorResponse,
  badRequest,
  forbidden,
  graphError,
  json,
  notFound,
} from '../http';
import type {
  StoredChannel,
  StoredChat,
  StoredMessage,
  StoredPin,
  StoredTab,
  StoredTeam,
  StoredUser,
} from '../model';
import { fileTabProblem, isFileViewer } from '../fileTabs';
import type { RouteParams, Router } from '../router';

function channelFor(
  ctx: Context,
  request: EmulatorRequest,
  teamId: string,
  channelId: string,
): StoredChannel | EmulatorResponse {
  const team = teamFor(ctx, request, teamId);
  if (isResponse(team)) return team;
  const channel = ctx.db.get<StoredChannel>('channels', channelId);
  return channel && channel.teamId === team.id ? channel : notFound(`Channel ${channelId}`);
}

function chatFor(ctx: Context, request: EmulatorRequest, chatId: string): StoredChat | EmulatorResponse {
  const chat = ctx.db.get<StoredChat>('chats', chatId);
  if (!chat) return notFound(`Chat ${chatId}`);
  return request.user && chat.memberIds.includes(request.user.id) ? chat : forbidden();
}

/** A user as Teams names one in a message (a teamworkUserIdentity, resources/teamworkuseridentity.md). */
function aadUser(id: string, displayName: string | null = null): TeamworkUserIdentity {
  return { id, displayName, userIdentityType: 'aadUser' };
}

function messageJson(ctx: Context, message: StoredMessage): ChatMessage {
  const from = ctx.db.get<StoredUser>('users', message.fromId);
  // "chat:{chatId}" or "channel:{teamId}:{channelId}"; chat and channel ids hold colons themselves.
  const [kind, rest] = [
    message.container.slice(0, message.container.indexOf(':')),
    message.container.slice(message.container.indexOf(':') + 1),
  ];
  const [first, second] =
    kind === 'chat'
      ? [rest, undefined]
      : [rest.slice(0, rest.indexOf(':')), rest.slice(rest.indexOf(':') + 1)];
  // A chat's messages have no webUrl (api/chat-list-messages.md answers "webUrl": null).
  const webUrl =
    kind === 'channel'
      ? `https://teams.microsoft.com/l/message/${encodeURIComponent(second!)}/${message.id}?groupId=${first}&parentMessageId=${message.replyToId ?? message.id}`
      : null;
  return {
    id: message.id,
    replyToId: message.replyToId,
    etag: message.id,
    messageType: 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: modifiedAt(message),
    lastEditedDateTime: message.lastEditedDateTime ?? null,
    deletedDateTime: null,
    subject: message.subject,
    chatId: kind === 'chat' ? first : null,
    channelIdentity: kind === 'channel' ? { teamId: first, channelId: second } : null,
    importance: 'normal',
    body: message.body,
    from: {
      application: null,
      device: null,
      user: aadUser(message.fromId, from?.displayName ?? null),
    },
    attachments: [],
    mentions: [],
    reactions: (message.reactions ?? []).map((reaction) => ({
      reactionType: reaction.reactionType,
      createdDateTime: reaction.createdDateTime,
      user: { user: aadUser(reaction.userId) },
    })),
    webUrl,
  };
}

/** Validates and stores a posted message (Teams' request limit is enforced for all routes in server.ts). */
function post(
  ctx: Context,
  request: EmulatorRequest,
  container: string,
  replyToId: string | null,
): EmulatorResponse {
  const body = request.body as {
    subject?: unknown;
    body?: { contentType?: unknown; content?: unknown };
  } | null;
  const content = body?.body?.content;
  if (typeof content !== 'string' || content.trim() === '')
    return badRequest('A message needs body.content.');
  const contentType = body?.body?.contentType === 'html' ? 'html' : 'text';
  const message: StoredMessage = {
    id: String(ctx.now().getTime()) + String(Math.floor(Math.random() * 1000)).padStart(3, '0'),
    container,
    replyToId,
    subject: typeof body?.subject === 'string' ? body.subject : null,
    body: { contentType, content },
    fromId: request.user!.id,
    createdDateTime: ctx.now().toISOString(),
  };
  ctx.db.put('messages', message.id, message);
  return json(201, messageJson(ctx, message));
}

const modifiedAt = (message: StoredMessage) => message.lastModifiedDateTime ?? message.createdDateTime;

function messagesIn(
  ctx: Context,
  container: string,
  replyToId: string | null,
  order: 'createdDateTime' | 'lastModifiedDateTime' = 'createdDateTime',
): StoredMessage[] {
  const key = order === 'createdDateTime' ? (message: StoredMessage) => message.createdDateTime : modifiedAt;
  return ctx.db
    .all<StoredMessage>('messages')
    .filter((message) => message.container === container && message.replyToId === replyToId)
    .sort((a, b) => key(b).localeCompare(key(a)) || b.id.localeCompare(a.id));
}

/**
 * A chat's messages as api/chat-list-messages.md lists them: newest first by lastModifiedDateTime (the
 * default, which an edit or a reaction changes) or by createdDateTime; descending only; $top ≤ 50.
 */
function chatMessages(ctx: Context, request: EmulatorRequest, chat: StoredChat): EmulatorResponse {
  const orderBy = (request.query.get('$orderby') ?? 'lastModifiedDateTime desc').trim();
  const order = /^(createdDateTime|lastModifiedDateTime) desc$/i.exec(orderBy)?.[1];
  if (!order)
    return badRequest(
      `$orderby '${orderBy}' is not supported: only lastModifiedDateTime desc and createdDateTime desc.`,
    );
  if (Number(request.query.get('$top') ?? 0) > 50) return badRequest('The maximum allowed $top value is 50.');
  const byField = order.toLowerCase() === 'createddatetime' ? 'createdDateTime' : 'lastModifiedDateTime';
  const messages = messagesIn(ctx, `chat:${chat.id}`, null, byField);
  return paged(ctx, request, messages, (message) => messageJson(ctx, message), 20, 50);
}

/** setReaction (api/chatmessage-setreaction.md): 204; the message's lastModifiedDateTime moves on. */
function setReaction(ctx: Context, request: EmulatorRequest, message: StoredMessage): EmulatorResponse {
  const reactionType = (request.body as { reactionType?: unknown } | null)?.reactionType;
  if (typeof reactionType !== 'string' || reactionType === '')
    return badRequest('setReaction needs a reactionType.');
  const now = ctx.now().toISOString();
  const others = (message.reactions ?? []).filter(
    (reaction) => !(reaction.userId === request.user!.id && reaction.reactionType === reactionType),
  );
  ctx.db.put('messages', message.id, {
    ...message,
    reactions: [...others, { reactionType, userId: request.user!.id, createdDateTime: now }],
    lastModifiedDateTime: now,
  } satisfies StoredMessage);
  return { status: 204 };
}

/** An edit of one's own message (api/chatmessage-update.md): 204; lastModifiedDateTime moves on. */
function editMessage(ctx: Context, request: EmulatorRequest, message: StoredMessage): EmulatorResponse {
  const content = (request.body as { body?: { content?: unknown } } | null)?.body?.content;
  if (typeof content !== 'string' || content.trim() === '') return badRequest('An edit needs body.content.');
  if (message.fromId !== request.user!.id) return forbidden();
  const now = ctx.now().toISOString();
  ctx.db.put('messages', message.id, {
    ...message,
    body: { ...message.body, content },
    lastModifiedDateTime: now,
    lastEditedDateTime: now,
  } satisfies StoredMessage);
  return { status: 204 };
}

function chatMessage(
  ctx: Context,
  request: EmulatorRequest,
  params: { chat: string; message: string },
): StoredMessage | EmulatorResponse {
  const chat = chatFor(ctx, request, params.chat);
  if (isResponse(chat)) return chat;
  const message = ctx.db.get<StoredMessage>('messages', params.message);
  return message && message.container === `chat:${chat.id}` ? message : notFound(`Message ${params.message}`);
}

/** Teams, channels, channel messages, tabs, installed apps, chat messages and pins. */
export function teamRoutes(router: Router, ctx: Context): void {
  teamAndChannelRoutes(router, ctx);
  channelMessageRoutes(router, ctx);
  appAndTabRoutes(router, ctx);
  chatMessageRoutes(router, ctx);
  chatPinRoutes(router, ctx);
}

/** GET a team, its channels and one channel. */
function teamAndChannelRoutes(router: Router, ctx: Context): void {
  router
    .on('GET', '/teams/{team}', (request, params) => {
      const team = teamFor(ctx, request, params.team);
      return isResponse(team) ? team : json(200, { id: team.id, displayName: team.displayName });
    })
    .on('GET', '/teams/{team}/channels', (request, params) => {
      const team = teamFor(ctx, request, params.team);
      if (isResponse(team)) return team;
      const channels = ctx.db.all<StoredChannel>('channels').filter((channel) => channel.teamId === team.id);
      return json(200, {
        value: channels.map((channel) => ({
          id: channel.id,
          displayName: channel.displayName,
          membershipType: channel.membershipType,
        })),
      });
    })
    .on('GET', '/teams/{team}/channels/{channel}', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      return isResponse(channel)
        ? channel
        : json(200, {
            id: channel.id,
            displayName: channel.displayName,
            membershipType: channel.membershipType,
          });
    });
}

/** Channel messages and their replies. */
function channelMessageRoutes(router: Router, ctx: Context): void {
  router
    .on('POST', '/teams/{team}/channels/{channel}/messages', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      return isResponse(channel) ? channel : post(ctx, request, `channel:${params.team}:${channel.id}`, null);
    })
    .on('GET', '/teams/{team}/channels/{channel}/messages', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const refused = onlyTopAndExpand(request);
      if (refused) return refused;
      return paged(
        ctx,
        request,
        messagesIn(ctx, `channel:${params.team}:${channel.id}`, null),
        (message) => messageJson(ctx, message),
        20,
        50,
      );
    })
    .on('GET', '/teams/{team}/channels/{channel}/messages/{message}', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const message = ctx.db.get<StoredMessage>('messages', params.message);
      return message && message.container === `channel:${params.team}:${channel.id}`
        ? json(200, messageJson(ctx, message))
        : notFound(`Message ${params.message}`);
    })
    .on('POST', '/teams/{team}/channels/{channel}/messages/{message}/replies', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const root = ctx.db.get<StoredMessage>('messages', params.message);
      if (!root || root.replyToId !== null || root.container !== `channel:${params.team}:${channel.id}`)
        return notFound(`Message ${params.message}`);
      return post(ctx, request, root.container, root.id);
    })
    .on('GET', '/teams/{team}/channels/{channel}/messages/{message}/replies', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const root = ctx.db.get<StoredMessage>('messages', params.message);
      if (!root || root.container !== `channel:${params.team}:${channel.id}`)
        return notFound(`Message ${params.message}`);
      return paged(
        ctx,
        request,
        messagesIn(ctx, root.container, root.id),
        (message) => messageJson(ctx, message),
        20,
        50,
      );
    });
}

/**
 * A channel's messages take only $top (≤ 50) and $expand: "Other OData query parameters are not
 * currently supported" (api-reference/v1.0/api/channel-list-messages.md). Graph refuses them with 400.
 */
function onlyTopAndExpand(request: EmulatorRequest): EmulatorResponse | null {
  const other = [...request.query.keys()].find(
    (name) => name.startsWith('$') && !['$top', '$expand', '$skiptoken'].includes(name),
  );
  if (other) return badRequest(`The query parameter '${other}' is not supported on channel messages.`);
  if (Number(request.query.get('$top') ?? 0) > 50) return badRequest('The maximum allowed $top value is 50.');
  return null;
}

/** Whether the request expands teamsApp: a tab's app is a relationship (channel-list-tabs.md, channel-get-tabs.md). */
const expandsApp = (request: EmulatorRequest) =>
  (request.query.get('$expand') ?? '').split(',').some((each) => each.trim() === 'teamsApp');

/** The team's installed apps and a channel's tabs. */
function appAndTabRoutes(router: Router, ctx: Context): void {
  router
    // The team's installed apps with their catalog entry; $filter on teamsApp/externalId, as the app uses.
    .on('GET', '/teams/{team}/installedApps', (request, params) => {
      const team = teamFor(ctx, request, params.team);
      if (isResponse(team)) return team;
      const wanted = /teamsApp\/externalId eq '([^']*)'/.exec(request.query.get('$filter') ?? '')?.[1];
      const apps = (team.installedApps ?? []).filter(
        (app) => wanted === undefined || app.externalId === wanted,
      );
      return json(200, {
        value: apps.map((app) => ({
          id: `${team.id}##${app.catalogId}`,
          teamsApp: { id: app.catalogId, externalId: app.externalId, displayName: app.displayName },
        })),
      });
    })
    .on('GET', '/teams/{team}/channels/{channel}/tabs', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const tabs = ctx.db.all<StoredTab>('tabs').filter((tab) => tab.channelId === channel.id);
      return json(200, { value: tabs.map((tab) => tabJson(tab, expandsApp(request))) });
    })
    .on('GET', '/teams/{team}/channels/{channel}/tabs/{tab}', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const tab = ctx.db.get<StoredTab>('tabs', params.tab);
      if (!tab || tab.channelId !== channel.id) return notFound(`Tab ${params.tab}`);
      return json(200, tabJson(tab, expandsApp(request)));
    })
    .on('POST', '/teams/{team}/channels/{channel}/tabs', (request, params) => createTab(ctx, request, params))
    .on('DELETE', '/teams/{team}/channels/{channel}/tabs/{tab}', (request, params) => {
      const channel = channelFor(ctx, request, params.team, params.channel);
      if (isResponse(channel)) return channel;
      const tab = ctx.db.get<StoredTab>('tabs', params.tab);
      if (!tab || tab.channelId !== channel.id) return notFound(`Tab ${params.tab}`);
      ctx.db.delete('tabs', tab.id);
      return { status: 204 };
    });
}

/** POST a channel tab (api/channel-post-tabs.md): an installed app or a built-in file viewer, configured as documented. */
function createTab(ctx: Context, request: EmulatorRequest, params: RouteParams): EmulatorResponse {
  const channel = channelFor(ctx, request, params.team, params.channel);
  if (isResponse(channel)) return channel;
  const body = (request.body ?? {}) as {
    displayName?: unknown;
    configuration?: unknown;
    'teamsApp@odata.bind'?: unknown;
  };
  if (typeof body.displayName !== 'string' || body.displayName.trim() === '')
    return badRequest('A tab needs a displayName.');
  const bind = body['teamsApp@odata.bind'];
  if (typeof bind !== 'string' || !/\/appCatalogs\/teamsApps\/[^/]+$/.test(bind))
    return badRequest('A tab needs teamsApp@odata.bind to an app in the app catalog.');
  // Teams' built-in file viewers, or an app installed in the team (by its catalog id).
  const appId = bind.split('/').pop()!;
  const team = ctx.db.get<StoredTeam>('teams', params.team)!;
  if (
    !appId.startsWith('com.microsoft.teamspace.tab.') &&
    !team.installedApps?.some((app) => app.catalogId === appId)
  )
    return notFound(`App ${appId} is not installed in the team.`);
  const configuration = (body.configuration ?? {}) as Record<string, unknown>;
  if (isFileViewer(appId)) {
    const problem = fileTabProblem(ctx, team, appId, configuration);
    if (problem) return problem;
  }
  const name = body.displayName;
  if (
    ctx.db
      .all<StoredTab>('tabs')
      .some((tab) => tab.channelId === channel.id && tab.displayName.toLowerCase() === name.toLowerCase())
  ) {
    return graphError(400, 'BadRequest', `A tab with the name '${name}' already exists in this channel.`);
  }
  const tab: StoredTab = {
    id: newId(),
    teamId: params.team,
    channelId: channel.id,
    displayName: name,
    teamsAppId: bind.split('/').pop()!,
    configuration,
  };
  ctx.db.put('tabs', tab.id, tab);
  return json(201, tabJson(tab, false));
}

/** A chat's messages: post, list, get, edit, react. */
function chatMessageRoutes(router: Router, ctx: Context): void {
  router
    .on('POST', '/chats/{chat}/messages', (request, params) => {
      const chat = chatFor(ctx, request, params.chat);
      return isResponse(chat) ? chat : post(ctx, request, `chat:${chat.id}`, null);
    })
    .on('GET', '/chats/{chat}/messages', (request, params) => {
      const chat = chatFor(ctx, request, params.chat);
      return isResponse(chat) ? chat : chatMessages(ctx, request, chat);
    })
    .on('GET', '/chats/{chat}/messages/{message}', (request, params) => {
      const message = chatMessage(ctx, request, params);
      return isResponse(message) ? message : json(200, messageJson(ctx, message));
    })
    .on('PATCH', '/chats/{chat}/messages/{message}', (request, params) => {
      const message = chatMessage(ctx, request, params);
      return isResponse(message) ? message : editMessage(ctx, request, message);
    })
    .on('POST', '/chats/{chat}/messages/{message}/setReaction', (request, params) => {
      const message = chatMessage(ctx, request, params);
      return isResponse(message) ? message : setReaction(ctx, request, message);
    });
}

/** A chat's pinned messages. */
function chatPinRoutes(router: Router, ctx: Context): void {
  router
    .on('GET', '/chats/{chat}/pinnedMessages', (request, params) => {
      const chat = chatFor(ctx, request, params.chat);
      if (isResponse(chat)) return chat;
      const pins = ctx.db.all<StoredPin>('pins').filter((pin) => pin.chatId === chat.id);
      return json(200, {
        value: pins.map((pin) => ({
          id: pin.id,
          message: messageJson(ctx, ctx.db.get<StoredMessage>('messages', pin.messageId)!),
        })),
      });
    })
    .on('POST', '/chats/{chat}/pinnedMessages', (request, params) => pinMessage(ctx, request, params));
}

/** POST a chat pin (api/chat-post-pinnedmessages.md): a message of this chat, pinned once. */
function pinMessage(ctx: Context, request: EmulatorRequest, params: RouteParams): EmulatorResponse {
  const chat = chatFor(ctx, request, params.chat);
  if (isResponse(chat)) return chat;
  const bind = (request.body as { 'message@odata.bind'?: unknown } | null)?.['message@odata.bind'];
  const messageId =
    typeof bind === 'string' ? /\/chats\/[^/]+\/messages\/([^/]+)$/.exec(bind)?.[1] : undefined;
  const message = messageId ? ctx.db.get<StoredMessage>('messages', messageId) : undefined;
  if (!message || message.container !== `chat:${chat.id}`)
    return badRequest('message@odata.bind must name a message of this chat.');
  const existing = ctx.db
    .all<StoredPin>('pins')
    .find((pin) => pin.chatId === chat.id && pin.messageId === message.id);
  if (existing) return graphError(409, 'Conflict', 'The message is already pinned.');
  const pin: StoredPin = { id: newId(), chatId: chat.id, messageId: message.id };
  ctx.db.put('pins', pin.id, pin);
  return json(201, { id: pin.id });
}

/** A tab as Graph answers it; its teamsApp only when expanded, as a relationship is (resources/teamstab.md). */
function tabJson(tab: StoredTab, withApp: boolean): TeamsTab {
  return {
    id: tab.id,
    displayName: tab.displayName,
    configuration: tab.configuration,
    ...(withApp ? { teamsApp: { id: tab.teamsAppId } } : {}),
  };
}
