// `referat import <files or folders> [--site host:/sites/path | --channel team-id/channel-id] [--list name]`:
// backfills the decision list from past referater through Graph. A backfill: it creates the decisions the
// list lacks and never changes one already there (the secretary may have edited it), so a rerun changes
// nothing and says so. `--channel` finds the list where the tab keeps it: in the channel's own site.
import { readMeeting } from '../app/readMeeting';
import { deviceCodeTokenProvider, msalDeviceCodeClient } from '../auth/deviceCodeTokenProvider';
import { readDocumentText } from '../documents/readDocumentText';
import { decisionsOf } from '../domain/decisions/decision';
import type { Decision } from '../domain/decisions/decision';
import { type ChannelRef, channelSiteId } from '../graph/channelSite';
import { createGraphClient, type GraphConnection } from '../graph/createGraphClient';
import { DECISION_LIST } from '../graph/decisionFields';
import { getSiteByPath } from '../graph/files';
import { graphDecisionStore } from '../graph/graphDecisionStore';
import { explain } from './explainReadError';
import type { CliIo } from './runCli';

const DOCUMENT = /\.(pdf|docx|txt)$/i;
export const EMULATOR_URL = 'http://127.0.0.1:4000';
const GRAPH_URL = 'https://graph.microsoft.com';
const DEFAULT_SITE = 'kommune.sharepoint.com:/sites/Chefforum';

interface ImportOptions {
  paths: string[];
  /** The site by its path, or the channel whose own site holds the list (a private channel's is not the team's). */
  site: string | ChannelRef;
  list: string;
}

/** `team-id/channel-id` (a channel id holds no slash: `19:…@thread.tacv2`), or null. */
function channelOf(value: string): ChannelRef | null {
  const [teamId, channelId, ...rest] = value.split('/');
  return teamId && channelId && rest.length === 0 ? { teamId, channelId } : null;
}

export function parseImportArgs(args: readonly string[]): ImportOptions | null {
  const options: ImportOptions = { paths: [], site: DEFAULT_SITE, list: DECISION_LIST };
  let where: string | null = null; // --site or --channel, at most one of them
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at]!;
    if (arg === '--site' || arg === '--channel' || arg === '--list') {
      const value = args[++at];
      if (!value) return null;
      if (arg === '--list') options.list = value;
      else if (where) return null;
      else {
        where = arg;
        const site = arg === '--site' ? value : channelOf(value);
        if (!site) return null;
        options.site = site;
      }
    } else if (arg.startsWith('-')) return null;
    else options.paths.push(arg);
  }
  return options.paths.length > 0 ? options : null;
}

// Least privilege for a backfill: the list may have to be created (Sites.Manage.All covers that and
// writing its items); nothing else is asked for, but for finding a channel's site with --channel: its
// files folder needs Files.Read.All (graph docs api-reference/v1.0/api/channel-get-filesfolder.md).
export const IMPORT_SCOPES = ['https://graph.microsoft.com/Sites.Manage.All'];
export const CHANNEL_SCOPES = [...IMPORT_SCOPES, 'https://graph.microsoft.com/Files.Read.All'];

/** The id of the site holding the list: by its path, or the channel's own site as the tab finds it. */
async function siteIdFor(connection: GraphConnection, site: string | ChannelRef): Promise<string> {
  if (typeof site !== 'string') return channelSiteId(connection, site);
  const [hostname, sitePath] = site.split(':');
  return (await getSiteByPath(connection, hostname!, sitePath ?? '')).id;
}

/** How the command gets its tokens: a given one, or a device-code sign-in to the named tenant. */
function tokenSource(
  io: CliIo,
  signIn: typeof msalDeviceCodeClient,
  scopes: string[],
): { token: () => Promise<string> } | { error: string } {
  const { GRAPH_TOKEN, CHEFFORUM_TENANT_ID, CHEFFORUM_CLIENT_ID } = io.env;
  if (GRAPH_TOKEN) return { token: async () => GRAPH_TOKEN };
  if (CHEFFORUM_TENANT_ID && CHEFFORUM_CLIENT_ID) {
    const settings = {
      tenantId: CHEFFORUM_TENANT_ID,
      clientId: CHEFFORUM_CLIENT_ID,
      scopes,
      show: (message: string) => io.stderr(`${message}\n`),
    };
    return { token: deviceCodeTokenProvider(settings, signIn(settings)) };
  }
  return {
    error:
      'error: set GRAPH_TOKEN (npm run emulator prints one for the emulator), or CHEFFORUM_TENANT_ID and CHEFFORUM_CLIENT_ID to sign in to a tenant with a device code\n',
  };
}

/** Reads every referat, then creates the decisions the list lacks; progress on stderr, a summary on stdout. */
export async function importCommand(
  options: ImportOptions,
  io: CliIo,
  signIn: typeof msalDeviceCodeClient = msalDeviceCodeClient,
): Promise<number> {
  const source = tokenSource(io, signIn, typeof options.site === 'string' ? IMPORT_SCOPES : CHANNEL_SCOPES);
  if ('error' in source) {
    io.stderr(source.error);
    return 2;
  }
  const files = (
    await Promise.all(
      options.paths.map(async (entry) =>
        (await io.isFolder(entry))
          ? (await io.listFolder(entry)).filter((name) => DOCUMENT.test(name))
          : [entry],
      ),
    )
  ).flat();
  // One meeting may come in several files (a .pdf and a .docx of the same referat): its decisions once.
  const decisions = new Map<string, Decision>();
  const meetings = new Set<string>();
  for (const file of files) {
    try {
      const read = await readMeeting(await io.readFile(file), file, readDocumentText);
      if ('failure' in read) {
        io.stderr(`warning: ${file}: skipped (${explain(read.cause)})\n`);
        continue;
      }
      const { meeting } = read;
      if (meeting.kind !== 'referat') continue;
      for (const decision of decisionsOf(meeting, file))
        if (!decisions.has(decision.key)) decisions.set(decision.key, decision);
      meetings.add(meeting.date);
    } catch (error) {
      io.stderr(`warning: ${file}: skipped (${explain(error)})\n`);
    }
  }
  const connection = createGraphClient({
    // A tenant sign-in talks to Microsoft Graph unless told otherwise; a bare token to the emulator.
    baseUrl: io.env.GRAPH_BASE_URL ?? (io.env.GRAPH_TOKEN ? EMULATOR_URL : GRAPH_URL),
    token: source.token,
    // A backfill is in no hurry: it waits out long throttling rather than stopping half-way.
    retry: { maxAttempts: 12, sleep: io.sleep },
  });
  try {
    const store = graphDecisionStore(connection, await siteIdFor(connection, options.site), options.list);
    const { created, leftAlone } = await store.createMissing([...decisions.values()], (done, total) =>
      io.stderr(`\rimporting decisions ${bar(done, total)} ${done}/${total}`),
    );
    io.stderr('\n');
    io.stdout(`${summary(meetings.size, files.length, created.length, leftAlone.length, options.list)}\n`);
    return 0;
  } catch (error) {
    io.stderr(`\nerror: the import stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** "3 meetings (5 files): 2 decisions created, 28 left alone (already in the list) in "…"." */
function summary(meetings: number, files: number, created: number, leftAlone: number, list: string): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const alone = leftAlone > 0 ? `, ${leftAlone} left alone (already in the list)` : '';
  return `${plural(meetings, 'meeting', 'meetings')} (${plural(files, 'file', 'files')}): ${plural(created, 'decision', 'decisions')} created${alone} in "${list}".`;
}

function bar(done: number, total: number): string {
  const filled = total === 0 ? 20 : Math.round((done / total) * 20);
  return `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}]`;
}
