// Deep links to one point of one meeting: the Teams link to the tab's sub-page (what "Kopiér link til
// punkt" copies inside Teams), the plain address outside Teams, and reading a sub-page id back.

/** The tab's entityId: one stable id, so a deep link names the tab without knowing its instance. */
export const TAB_ENTITY_ID = 'chefforum-dagsorden';

export interface PointPlace {
  meeting: string;
  point: number | null;
}

/** "2020-10-08#4" (or "2020-10-08" for the meeting): the sub-page id Teams hands back as page.subPageId. */
export function subPageIdOf(place: PointPlace): string {
  return place.point === null ? place.meeting : `${place.meeting}#${place.point}`;
}

/** The place a sub-page id names; null for anything else (a stale or foreign id opens the tab as usual). */
export function placeOfSubPageId(subPageId: string | null | undefined): PointPlace | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:#(\d{1,3}))?$/.exec(subPageId ?? '');
  if (!match) return null;
  return { meeting: match[1]!, point: match[2] ? Number(match[2]) : null };
}

export interface TeamsDeepLinkTarget {
  appId: string;
  /** Where the tab lives: a channel, or a (meeting or group) chat. */
  channelId?: string | null;
  chatId?: string | null;
  /** Opened outside Teams (and by Teams on the web when the app is missing). */
  webUrl: string;
  label: string;
}

/**
 * The Teams deep link to a point: teams.microsoft.com/l/entity/<app>/<entity>?webUrl&label&context,
 * every part URI-encoded; the point travels as subEntityId and arrives as page.subPageId.
 */
export function teamsPointLink(target: TeamsDeepLinkTarget, place: PointPlace): string {
  const context: Record<string, string> = { subEntityId: subPageIdOf(place) };
  if (target.channelId) context.channelId = target.channelId;
  else if (target.chatId) Object.assign(context, { chatId: target.chatId, contextType: 'chat' });
  const query = new URLSearchParams({
    webUrl: target.webUrl,
    label: target.label,
    context: JSON.stringify(context),
  });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.appId)}/${encodeURIComponent(TAB_ENTITY_ID)}?${query.toString().replace(/\+/g, '%20')}`;
}

/** Where Teams shows a channel thread (its root post and replies). */
export function teamsThreadLink(teamId: string, channelId: string, rootId: string): string {
  const query = new URLSearchParams({ groupId: teamId, parentMessageId: rootId });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${encodeURIComponent(rootId)}?${query.toString()}`;
}
