// The `referat` command: `referat parse [--text] <file>`, `referat write …`, `referat import …`.
// Kept free of process globals so tests drive it. `write` and `import` are loaded when asked for: the
// Word and PDF writers and the Graph and MSAL clients are most of what a `parse` would otherwise load.
import { readMeeting } from '../app/readMeeting';
import { readDocumentText } from '../documents/readDocumentText';
import type { ReaderWarning } from '../domain/readerWarning';
import { cliLanguage, describeIssue, describeReaderWarning } from './describeIssue';
import { explain } from './explainReadError';
import type { Language } from '../strings/strings';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a whole file, replacing one that is there. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  isFolder(path: string): Promise<boolean>;
  /** The paths of the files in a folder. */
  listFolder(path: string): Promise<string[]>;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Waits between retries of Graph requests (a real timer; tests pass a quicker one). */
  sleep(ms: number): Promise<void>;
}

const USAGE = `Usage:
  referat parse <file>          print the meeting of a .txt, .docx or .pdf agenda/minutes as JSON
                                (--lang da|en: the warnings' language; else LANG, else English)
  referat parse --text <file>   print the text extracted from the document
  referat write <meeting.json> [--decisions <file>] -o <file.docx|file.pdf>
                                write the referat of a meeting JSON (as parse prints it) as Word
                                or PDF, with the decisions recorded for it (a JSON list)
  referat import <files or folders> [--site host:/sites/path | --channel team-id/channel-id] [--list name]
                                write the referater's decisions to the SharePoint decision list
                                (--channel: in the channel's own site, as the tab keeps it)
                                (GRAPH_TOKEN for the local emulator or any Graph; or
                                CHEFFORUM_TENANT_ID + CHEFFORUM_CLIENT_ID: device-code sign-in)
`;

/** Runs one command and returns the process exit code: 0 done, 1 the file could not be used, 2 usage. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'import') {
    const { importCommand, parseImportArgs } = await import('./importCommand');
    const options = parseImportArgs(rest);
    if (!options) {
      io.stderr(USAGE);
      return 2;
    }
    return importCommand(options, io);
  }
  if (command === 'write') {
    const { parseWriteArgs, writeCommand } = await import('./writeCommand');
    const options = parseWriteArgs(rest);
    if (!options) {
      io.stderr(USAGE);
      return 2;
    }
    return writeCommand(options, io);
  }
  const spoken = cliLanguage(rest, io.env);
  const textOnly = rest.includes('--text');
  const files = spoken?.rest.filter((arg) => arg !== '--text') ?? [];
  if (command !== 'parse' || !spoken || files.length !== 1 || files[0]!.startsWith('-')) {
    io.stderr(USAGE);
    return 2;
  }
  return parseCommand(files[0]!, textOnly, spoken.language, io);
}

async function parseCommand(file: string, textOnly: boolean, language: Language, io: CliIo): Promise<number> {
  try {
    const bytes = await io.readFile(file);
    const warn = (warning: ReaderWarning) =>
      io.stderr(`warning: ${file}: ${describeReaderWarning(warning, language)}\n`);
    if (textOnly) {
      const text = await readDocumentText(bytes, file, warn);
      io.stdout(text.endsWith('\n') ? text : `${text}\n`);
      return 0;
    }
    const read = await readMeeting(bytes, file, readDocumentText);
    if ('failure' in read) {
      io.stderr(`error: ${file}: ${explain(read.cause)}\n`);
      return 1;
    }
    read.warnings.forEach(warn);
    for (const issue of read.meeting.issues)
      io.stderr(`warning: ${file}:${issue.line}: ${describeIssue(issue, language)}\n`);
    io.stdout(`${JSON.stringify(read.meeting, null, 2)}\n`);
    return 0;
  } catch (error) {
    io.stderr(`error: ${file}: ${explain(error)}\n`);
    return 1;
  }
}
