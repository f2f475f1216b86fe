// Channel and chat messages, channel tabs and chat pins through Graph. Message bodies are HTML built
// by the caller from escaped text (see escapeHtml).
import type { ChatMessage as GraphChatMessage, TeamsTab } from '@microsoft/microsoft-graph-types';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import type { GraphPage } from './call';

export { escapeHtml } from '../domain/escapeHtml';

export interface ChatMessage {
  id: string;
  createdDateTime: string;
  from: string | null;
  html: string;
  webUrl: string | null;
}

/** Graph's chatMessage resource (resources/chatmessage.md), as the answers carry it. */
export type MessageJson = GraphChatMessage;

/** Graph chatMessage JSON → ChatMessage (pure). */
export const toMessage = (json: MessageJson): ChatMessage => ({
  id: json.id ?? '',
  createdDateTime: json.createdDateTime ?? '',
  from: json.from?.user?.displayName ?? null,
  html: json.body?.content ?? '',
  webUrl: json.webUrl ?? null,
});

const htmlBody = (html: string) => ({ body: { contentType: 'html', content: html } });

const channelPath = (teamId: string, channelId: string) =>
  `/teams/${teamId}/channels/${encodeURIComponent(channelId)}`;

export async function postChannelMessage(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
  subject: string | null,
  html: string,
): Promise<ChatMessage> {
  const body = { ...(subject ? { subject } : {}), body: { contentType: 'html', content: html } };
  const path = `${channelPath(teamId, channelId)}/messages`;
  return toMessage(await graphAccess(connection).post<MessageJson>(path, body));
}

export async function replyToChannelMessage(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
  messageId: string,
  html: string,
): Promise<ChatMessage> {
  const path = `${channelPath(teamId, channelId)}/messages/${messageId}/replies`;
  return toMessage(await graphAccess(connection).post<MessageJson>(path, htmlBody(html)));
}

export async function listReplies(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
  messageId: string,
): Promise<ChatMessage[]> {
  const path = `${channelPath(teamId, channelId)}/messages/${messageId}/replies`;
  const replies = await graphAccess(connection).all<MessageJson>(path, { top: 50 });
  return replies.map(toMessage);
}

/** A channel tab as the pinner needs it: its app and configuration tell what it shows. */
export interface ChannelTab {
  id: string;
  displayName: string;
  /** The app's catalog id; null when Graph did not expand teamsApp. */
  teamsAppId: string | null;
  configuration: Record<string, unknown>;
}

const toChannelTab = (tab: TeamsTab): ChannelTab => ({
  id: tab.id ?? '',
  displayName: tab.displayName ?? '',
  teamsAppId: tab.teamsApp?.id ?? null,
  configuration: { ...(tab.configuration ?? {}) } as Record<string, unknown>,
});

/** A channel's tabs with their app: teamsApp is a relationship, given only with $expand (channel-list-tabs.md). */
export async function listChannelTabs(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
): Promise<ChannelTab[]> {
  const path = `${channelPath(teamId, channelId)}/tabs`;
  const page = await graphAccess(connection).get<GraphPage<TeamsTab>>(path, { expand: 'teamsApp' });
  return page.value.map(toChannelTab);
}

export async function addChannelTab(
  connection: GraphConnection,
  teamId: string,
  channelId: string,
  tab: { displayName: string; teamsAppId: string; configuration: Record<string, unknown> },
): Promise<ChannelTab> {
  const body = {
    displayName: tab.displayName,
    'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${tab.teamsAppId}`,
    configuration: tab.configuration,
  };
  const created = await graphAccess(connection).post<TeamsTab>(
    `${channelPath(teamId, channelId)}/tabs`,
    body,
  );
  return toChannelTab(created);
}

export async function postChatMessage(
  connection: GraphConnection,
  chatId: string,
  html: string,
): Promise<ChatMessage> {
  const path = `/chats/${encodeURIComponent(chatId)}/messages`;
  return toMessage(await graphAccess(connection).post<MessageJson>(path, htmlBody(html)));
}

export async function pinChatMessage(
  connection: GraphConnection,
  chatId: string,
  messageId: string,
): Promise<void> {
  const bind = {
    'message@odata.bind': `https://graph.microsoft.com/v1.0/chats/${chatId}/messages/${messageId}`,
  };
  await graphAccess(connection).post<unknown>(`/chats/${encodeURIComponent(chatId)}/pinnedMessages`, bind);
}
