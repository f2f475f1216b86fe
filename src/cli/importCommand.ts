// `referat import <files or folders> [--site host:/sites/path | --channel team-id/channel-id] [--list name]`:
// backfills the decision list from past referater through Graph. A backfill: it creates the decisions the
// list lacks and never changes one already there (the secretary may have edited it), so a rerun changes
// nothing and says so. `--channel` finds the list where the tab keeps it: in the channel's own site.
import { readMeeting } from '../app/readMeeting';
import { deviceCodeTokenProvider, msalDeviceCodeClient } from '../auth/deviceCodeTokenProvider';
import { readDocumentText } from '../documents/readDocumentText';
import { type Decision, decisionsOf } from '../domain/decisions/decision';
import { BULK_CHUNK } from '../domain/decisions/decisionSaver';
import { MAX_MULTILINE_TEXT, overLongText, plainDecision } from '../domain/decisions/decisionText';
import { type ChannelRef, channelSiteId } from '../graph/channelSite';
import { createGraphClient, type GraphConnection } from '../graph/createGraphClient';
import { DECISION_LIST } from '../graph/decisionFields';
import { getSiteByPath } from '../graph/files';
import { graphDecisionStore } from '../graph/graphDecisionStore';
import { describeReaderWarning } from './describeIssue';
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

/** The document files the paths name (a folder's .pdf, .docx and .txt files), or the paths not there. */
async function documentsOf(
  paths: readonly string[],
  io: CliIo,
): Promise<{ files: string[] } | { errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const entry of paths) {
    try {
      if (await io.isFolder(entry))
        files.push(...(await io.listFolder(entry)).filter((name) => DOCUMENT.test(name)));
      else files.push(entry);
    } catch (error) {
      const why = explain(error);
      errors.push(why === 'no such file' ? `no such file: ${entry}` : `${entry}: ${why}`);
    }
  }
  return errors.length > 0 ? { errors } : { files };
}

/** What the list keeps as a decision's source: the file's name, never where it lay on the importer's disk. */
const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

interface ReadReferater {
  decisions: Decision[];
  meetings: Set<string>;
  unreadable: number;
}

/** Every referat's decisions, once per point, plain and short enough for the list; warnings on stderr. */
async function readReferater(files: readonly string[], io: CliIo): Promise<ReadReferater> {
  // One meeting may come in several files (a .pdf and a .docx of the same referat): its decisions once.
  const decisions = new Map<string, Decision>();
  const meetings = new Set<string>();
  let unreadable = 0;
  for (const file of files) {
    const read = await io
      .readFile(file)
      .then((bytes) => readMeeting(bytes, file, readDocumentText))
      .catch((cause: unknown) => ({ cause }));
    if (!('meeting' in read)) {
      unreadable += 1;
      io.stderr(`warning: ${file}: skipped (${explain(read.cause)})\n`);
      continue;
    }
    const { meeting } = read;
    for (const warning of read.warnings) io.stderr(`warning: ${file}: ${describeReaderWarning(warning)}\n`);
    if (meeting.kind !== 'referat') continue;
    for (const decision of decisionsOf(meeting, fileName(file)).map(plainDecision)) {
      if (decisions.has(decision.key)) continue;
      const long = overLongText(decision);
      if (long) io.stderr(`warning: ${file}: point ${decision.itemNumber} not written (${tooLong(long)})\n`);
      else decisions.set(decision.key, decision);
    }
    meetings.add(meeting.date);
  }
  return { decisions: [...decisions.values()], meetings, unreadable };
}

const tooLong = ({ field, length }: { field: string; length: number }) =>
  `its ${field === 'decision' ? 'decision has' : 'recommendations have'} ${length} characters, more than the ${MAX_MULTILINE_TEXT} a SharePoint multi-line text column keeps`;

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
  const found = await documentsOf(options.paths, io);
  if ('errors' in found) {
    for (const error of found.errors) io.stderr(`error: ${error}\n`);
    return 1;
  }
  const { files } = found;
  const { decisions, meetings, unreadable } = await readReferater(files, io);
  if (unreadable === files.length) {
    io.stderr(
      files.length === 0
        ? 'error: no .pdf, .docx or .txt files to import\n'
        : `error: ${unreadable} of ${files.length} files could not be read\n`,
    );
    return 1;
  }
  const connection = createGraphClient({
    // A tenant sign-in talks to Microsoft Graph unless told otherwise; a bare token to the emulator.
    baseUrl: io.env.GRAPH_BASE_URL ?? (io.env.GRAPH_TOKEN ? EMULATOR_URL : GRAPH_URL),
    token: source.token,
    // A backfill is in no hurry: it waits out long throttling rather than stopping half-way.
    retry: { maxAttempts: 12, sleep: io.sleep },
  });
  const written = { created: 0, leftAlone: 0 };
  try {
    const store = graphDecisionStore(connection, await siteIdFor(connection, options.site), options.list);
    await store.ensure(); // the list is created when missing, even for nothing to write
    // A chunk at a time, so that an import that has to give up can say what it wrote before.
    for (let at = 0; at < decisions.length; at += BULK_CHUNK) {
      const chunk = decisions.slice(at, at + BULK_CHUNK);
      const { created, leftAlone } = await store.createMissing(chunk, (done) =>
        io.stderr(
          `\rimporting decisions ${bar(at + done, decisions.length)} ${at + done}/${decisions.length}`,
        ),
      );
      written.created += created.length;
      written.leftAlone += leftAlone.length;
    }
    io.stderr('\n');
    io.stdout(`${summary(meetings.size, files.length, written.created, written.leftAlone, options.list)}\n`);
    return 0;
  } catch (error) {
    const notWritten = decisions.length - written.created - written.leftAlone;
    io.stderr(
      `\nerror: the import stopped: ${error instanceof Error ? error.message : String(error)}\n` +
        `before it stopped: ${written.created} decisions created, ${written.leftAlone} left alone (already in the list), ${notWritten} not written; run it again to write the rest\n`,
    );
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
