// What the tab needs to know of where Teams shows it, read from teams-js's context (app.getContext()).
import type { app } from '@microsoft/teams-js';

export type TeamsFrame = 'content' | 'settings' | 'remove' | 'sidePanel' | 'meetingStage' | 'other';

export interface TeamsContext {
  locale: string;
  theme: string;
  frame: TeamsFrame;
  /** The tab's entityId, and the sub-page a deep link asked for. */
  entityId: string | null;
  subPageId: string | null;
  /**
   * The Microsoft 365 group id of the team that owns the channel (what Graph calls the team id), and
   * the channel. In a private channel team.groupId is undefined and in a shared one null; both give
   * the owner (host) team as channel.ownerGroupId (msteams-docs tabs/how-to/access-teams-context.md).
   */
  teamId: string | null;
  channelId: string | null;
  /** A group or meeting chat the tab is in. */
  chatId: string | null;
  meetingId: string | null;
  loginHint: string | null;
  /** The user's Entra object id and name (app.Context.user). */
  userId: string | null;
  userName: string | null;
  tenantId: string | null;
  appId: string | null;
  /** The user's role in the team (team.userRole: UserTeamRole Admin = 0, User = 1, Guest = 2). */
  teamRole: 'owner' | 'member' | 'guest' | null;
}

const ROLES: readonly ('owner' | 'member' | 'guest')[] = ['owner', 'member', 'guest'];

const FRAMES: ReadonlySet<string> = new Set(['content', 'settings', 'remove', 'sidePanel', 'meetingStage']);

export function toTeamsContext(context: app.Context): TeamsContext {
  const frame = String(context.page.frameContext);
  return {
    locale: context.app.locale,
    theme: context.app.theme,
    frame: FRAMES.has(frame) ? (frame as TeamsFrame) : 'other',
    entityId: context.page.id || null,
    subPageId: context.page.subPageId || null,
    teamId: context.team?.groupId || context.channel?.ownerGroupId || null,
    channelId: context.channel?.id ?? null,
    chatId: context.chat?.id ?? null,
    meetingId: context.meeting?.id ?? null,
    loginHint: context.user?.loginHint ?? null,
    userId: context.user?.id ?? null,
    userName: context.user?.displayName ?? context.user?.userPrincipalName ?? null,
    tenantId: context.user?.tenant?.id ?? null,
    appId: context.app.appId?.toString() ?? null,
    teamRole: context.team?.userRole === undefined ? null : (ROLES[context.team.userRole] ?? null),
  };
}
