// TabPinner through Graph: a channel tab per referat (a file tab for PDF and Word, else this app's
// tab), or a pinned message in a chat. A 403 is left as GraphFailure 'forbidden' for the UI to explain.
import type { PinnedChatMessageInfo as PinnedMessageJson } from '@microsoft/microsoft-graph-types';
import { referatFileKind, referatPinHtml, referatTabName } from '../domain/discussion/TabPinner';
import { type PinOutcome, type ReferatFile, type TabPinner } from '../domain/ports';
import { escapeHtml } from '../domain/escapeHtml';
import { FailureError } from '../domain/failure';
import type { GraphPage } from './call';
import { type ChannelLocation, channelFolder } from './channelDocumentSource';
import type { GraphConnection } from './createGraphClient';
import { graphAccess } from './GraphAccess';
import { fileInFolder, type SharePointFile } from './files';
import { GraphFailure } from './GraphFailure';
import { addChannelTab, type ChannelTab, listChannelTabs, pinChatMessage, postChatMessage } from './messages';

/** This app as a tab: its id in the app catalog and the page a referat tab opens. */
export interface AppTab {
  appId: string;
  contentUrl: string;
}

const FILE_TAB_APPS = {
  pdf: 'com.microsoft.teamspace.tab.file.staticviewer.pdf',
  word: 'com.microsoft.teamspace.tab.file.staticviewer.word',
} as const;

export interface ReferatTab {
  displayName: string;
  teamsAppId: string;
  configuration: Record<string, unknown>;
}

/**
 * A PDF or Word referat's own file tab, configured as graph docs
 * concepts/teams-configuring-builtin-tabs.md prescribes: entityId the file's sourcedoc GUID,
 * contentUrl "{folder-webUrl}/{item-name}", removeUrl and websiteUrl null.
 */
export function referatFileTab(meetingDate: string, kind: 'pdf' | 'word', file: SharePointFile): ReferatTab {
  return {
    displayName: referatTabName(meetingDate),
    teamsAppId: FILE_TAB_APPS[kind],
    configuration: {
      entityId: file.listItemUniqueId.replace(/[{}]/g, '').toUpperCase(),
      contentUrl: `${file.folderWebUrl}/${file.name}`,
      removeUrl: null,
      websiteUrl: null,
    },
  };
}

/** This app's tab for a referat Teams has no viewer for (plain text): it opens on the meeting. */
export function referatTab(referat: ReferatFile, app: AppTab): ReferatTab {
  const displayName = referatTabName(referat.meetingDate);
  // Our own tab names the meeting in entityId (DESIGN.md §3), so it opens on that referat.
  const contentUrl = new URL(app.contentUrl);
  contentUrl.searchParams.set('meeting', referat.meetingDate);
  const configuration = {
    entityId: referat.meetingDate,
    contentUrl: contentUrl.toString(),
    websiteUrl: referat.webUrl,
  };
  return { displayName, teamsAppId: app.appId, configuration };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Whether a listed tab shows the referat the expected tab would: the same app (this app's catalog id,
 * or the file viewer) and the same entityId (the file's sourcedoc GUID, or our tab's meeting). What a
 * tab is called tells nothing: any member can name a web tab "Referat 14. januar 2027".
 */
export function showsReferat(tab: ChannelTab, expected: ReferatTab): boolean {
  const entity = (configuration: Record<string, unknown>) =>
    typeof configuration.entityId === 'string' ? configuration.entityId.toLowerCase() : null;
  const wanted = entity(expected.configuration);
  return tab.teamsAppId === expected.teamsAppId && wanted !== null && entity(tab.configuration) === wanted;
}

/** The first of the referat's tab names no tab of the channel has: a look-alike keeps its name. */
function freeTabName(meetingDate: string, tabs: readonly ChannelTab[]): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = referatTabName(meetingDate, attempt);
    if (!tabs.some((tab) => sameName(tab.displayName, name))) return name;
  }
}

/**
 * This app's id in the app catalog, from its installation in the team: a tab binds to the catalog id,
 * which is not the manifest id (the manifest id is the catalog entry's externalId).
 */
export async function installedAppCatalogId(
  connection: GraphConnection,
  teamId: string,
  externalId: string,
): Promise<string> {
  const filter = `teamsApp/externalId eq '${externalId.replace(/'/g, "''")}'`;
  const page = await graphAccess(connection).get<GraphPage<{ teamsApp?: { id: string } }>>(
    `/teams/${teamId}/installedApps`,
    { expand: 'teamsApp', filter },
  );
  const id = page.value[0]?.teamsApp?.id;
  // Graph answered 200 with no installation: no HTTP failure, but a failure of its own for the UI.
  if (!id)
    throw new FailureError(
      { code: 'app-not-installed' },
      `The app ${externalId} is not installed in team ${teamId}.`,
    );
  return id;
}

/** The file tab for a PDF or Word referat in the location's folder. */
async function fileTabFor(
  connection: GraphConnection,
  location: ChannelLocation,
  referat: ReferatFile,
  kind: 'pdf' | 'word',
): Promise<ReferatTab> {
  const folder = await channelFolder(connection, location);
  const file = folder ? await fileInFolder(connection, folder, referat.fileName) : null;
  if (!file)
    throw new FailureError({ code: 'not-found' }, `${referat.fileName} is not in the channel's folder.`);
  return referatFileTab(referat.meetingDate, kind, file);
}

/**
 * Pins referater as tabs of a channel: the file's own tab for PDF and Word (the file looked up in the
 * location's folder, where the library lists it), else this app's tab. Our tab is the one of the id kept
 * from an earlier pin, or one that shows this very file (showsReferat); a tab of the same name that shows
 * something else is a look-alike: left alone, named in the outcome, and ours gets a name of its own.
 */
export function channelTabPinner(
  connection: GraphConnection,
  location: ChannelLocation,
  app: AppTab,
): TabPinner {
  const { teamId, channelId } = location;
  const expectedTab = async (referat: ReferatFile) => {
    const kind = referatFileKind(referat.fileName);
    if (kind !== 'other') return fileTabFor(connection, location, referat, kind);
    return referatTab(referat, { ...app, appId: await installedAppCatalogId(connection, teamId, app.appId) });
  };
  // One listing of the channel's tabs with their apps tells ours (the kept id first) and the look-alikes.
  const look = async (expected: ReferatTab, knownTabId: string | null) => {
    const tabs = await listChannelTabs(connection, teamId, channelId);
    const shown = tabs.filter((tab) => showsReferat(tab, expected));
    const ours = shown.find((tab) => tab.id === knownTabId) ?? shown[0] ?? null;
    const lookAlikes = tabs
      .filter((tab) => sameName(tab.displayName, expected.displayName) && !showsReferat(tab, expected))
      .map((tab) => tab.displayName);
    return { tabs, ours, lookAlikes };
  };
  return {
    async pinReferat(referat, knownTabId = null): Promise<PinOutcome> {
      const expected = await expectedTab(referat);
      const { tabs, ours, lookAlikes } = await look(expected, knownTabId);
      if (ours) return { result: 'already-pinned', tabId: ours.id, tabName: ours.displayName, lookAlikes };
      const tab = { ...expected, displayName: freeTabName(referat.meetingDate, tabs) };
      try {
        const created = await addChannelTab(connection, teamId, channelId, tab);
        return { result: 'pinned', tabId: created.id, tabName: created.displayName, lookAlikes };
      } catch (error) {
        // Teams answers 400 for a duplicate name (someone pinned it meanwhile); any other 400 leaves
        // no such tab behind, so the list tells which it was without reading the message text.
        const refused =
          error instanceof GraphFailure && (error.code === 'bad-request' || error.code === 'conflict');
        const again = refused ? await look(expected, knownTabId) : null;
        if (again?.ours)
          return {
            result: 'already-pinned',
            tabId: again.ours.id,
            tabName: again.ours.displayName,
            lookAlikes,
          };
        throw error;
      }
    },
  };
}

/**
 * Pins a message linking the referat in a chat; a pinned message already linking the same file
 * means it is pinned already. Two members pinning at the same moment can still post two messages.
 */
export function chatTabPinner(connection: GraphConnection, chatId: string): TabPinner {
  const path = `/chats/${encodeURIComponent(chatId)}/pinnedMessages`;
  const pinnedHtml = async () => {
    const page = await graphAccess(connection).get<GraphPage<PinnedMessageJson>>(path, { expand: 'message' });
    return page.value.map((pin) => pin.message?.body?.content ?? '');
  };
  return {
    async pinReferat(referat): Promise<PinOutcome> {
      const href = `href="${escapeHtml(referat.webUrl)}"`;
      const done = { tabId: null, tabName: null, lookAlikes: [] };
      if ((await pinnedHtml()).some((html) => html.includes(href)))
        return { result: 'already-pinned', ...done };
      const message = await postChatMessage(connection, chatId, referatPinHtml(referat));
      await pinChatMessage(connection, chatId, message.id);
      return { result: 'pinned', ...done };
    },
  };
}
