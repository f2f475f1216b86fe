// What the emulator stores, in Graph's terms.

export interface StoredUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

export interface StoredTeam {
  id: string;
  displayName: string;
  memberIds: string[];
  siteId: string;
  /** Apps installed in the team: their app-catalog id and their manifest id (externalId). */
  installedApps?: { catalogId: string; externalId: string; displayName: string }[];
}

export interface StoredChannel {
  id: string;
  teamId: string;
  displayName: string;
  membershipType: 'standard' | 'private' | 'shared';
  driveId: string;
  folderId: string;
  /**
   * A private or shared channel's own members, who alone reach its site (msteams-docs
   * concepts/build-and-test/shared-channels.md; graph docs resources/channel.md); a shared channel's
   * may include people outside the team. Absent: the team's members (a standard channel).
   */
  memberIds?: string[];
}

export interface StoredSite {
  id: string;
  hostname: string;
  path: string; // "/sites/Chefforum"
  displayName: string;
  teamId: string;
  /** A private or shared channel's own site (not its team's group site); that channel's members reach it. */
  channelId?: string;
  /** The site's time zone (IANA name); SharePoint keeps date-only values at midnight there. UTC when absent. */
  timeZone?: string;
}

export interface StoredDrive {
  id: string;
  siteId: string;
  name: string;
  rootId: string;
}

export interface StoredDriveItem {
  id: string;
  driveId: string;
  parentId: string | null;
  name: string;
  folder: boolean;
  blob: string | null;
  size: number;
  mimeType: string | null;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export type ColumnType = 'text' | 'note' | 'number' | 'dateTime' | 'choice' | 'boolean';

export interface StoredColumn {
  name: string;
  displayName: string;
  type: ColumnType;
  indexed: boolean;
  enforceUniqueValues: boolean;
  choices?: string[];
  /** A dateTime column with format dateOnly. */
  dateOnly?: boolean;
}

export interface StoredList {
  id: string;
  siteId: string;
  displayName: string;
  columns: StoredColumn[];
  createdDateTime: string;
  nextItemId: number;
}

export interface StoredListItem {
  id: string;
  listId: string;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: string;
  /** Who saved it last (absent in items journaled before this field: then its creator). */
  lastModifiedBy?: string;
}

export interface StoredMessage {
  id: string;
  container: string; // "channel:{teamId}:{channelId}" or "chat:{chatId}"
  replyToId: string | null;
  subject: string | null;
  body: { contentType: 'text' | 'html'; content: string };
  fromId: string;
  createdDateTime: string;
  /** Changed by an edit and by a reaction (graph docs api-reference/v1.0/api/chat-list-messages.md). */
  lastModifiedDateTime?: string;
  lastEditedDateTime?: string | null;
  reactions?: { reactionType: string; userId: string; createdDateTime: string }[];
}

export interface StoredTab {
  id: string;
  teamId: string;
  channelId: string;
  displayName: string;
  teamsAppId: string;
  configuration: Record<string, unknown>;
}

export interface StoredChat {
  id: string;
  topic: string;
  chatType: 'group' | 'meeting';
  memberIds: string[];
  /** A meeting chat's organizer (onlineMeetingInfo.organizer). */
  organizerId?: string;
}

export interface StoredPin {
  id: string;
  chatId: string;
  messageId: string;
}
