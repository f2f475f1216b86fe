// `referat write <meeting.json> [--decisions <file>] -o <file.docx|file.pdf>`: the referat of a meeting
// JSON (as `referat parse` prints it), with the decisions recorded for it, as Word or PDF.
import { writeDocx } from '../documents/writeDocx';
import { writePdf } from '../documents/writePdf';
import type { Decision } from '../domain/decisions/decision';
import { referatDocument } from '../domain/referat/referatDocument';
import { decisionsFromJson, JsonShapeError, meetingFromJson } from './meetingJson';
import type { CliIo } from './runCli';

export interface WriteOptions {
  meeting: string;
  decisions: string | null;
  output: string;
  format: 'docx' | 'pdf';
}

/** The options of `referat write`, or null when they are wrong (the caller prints the usage). */
export function parseWriteArgs(args: readonly string[]): WriteOptions | null {
  let meeting: string | null = null;
  let decisions: string | null = null;
  let output: string | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--decisions' || arg === '-o' || arg === '--output') {
      const value = args[++index];
      if (value === undefined || value.startsWith('-')) return null;
      if (arg === '--decisions') decisions = value;
      else output = value;
    } else if (arg.startsWith('-') || meeting !== null) return null;
    else meeting = arg;
  }
  const format = /\.(docx|pdf)$/i.exec(output ?? '')?.[1]?.toLowerCase();
  if (meeting === null || output === null || (format !== 'docx' && format !== 'pdf')) return null;
  return { meeting, decisions, output, format };
}

/** Writes the file; 0 when written, 1 when an input could not be used or the file not written. */
export async function writeCommand(options: WriteOptions, io: CliIo): Promise<number> {
  let file = options.meeting;
  try {
    const meeting = meetingFromJson(await readJson(options.meeting, io));
    let decisions: Decision[] = [];
    if (options.decisions !== null) {
      file = options.decisions;
      decisions = decisionsFromJson(await readJson(options.decisions, io));
    }
    const referat = referatDocument(meeting, decisions);
    for (const ignored of referat.ignoredDecisions)
      io.stderr(
        `warning: ${options.decisions}: decision ${ignored.key} not written (${REASONS[ignored.reason]})\n`,
      );
    if (options.decisions !== null && referat.undecided.length > 0)
      io.stderr(`warning: no decision yet for point ${referat.undecided.join(', ')}\n`);
    file = options.output;
    const bytes = options.format === 'docx' ? await writeDocx(referat) : await writePdf(referat);
    await io.writeFile(options.output, bytes);
    io.stdout(`wrote ${options.output} (${meeting.items.length} points)\n`);
    return 0;
  } catch (error) {
    io.stderr(`error: ${file}: ${explainWrite(error)}\n`);
    return 1;
  }
}

const REASONS = {
  'other-meeting': 'it belongs to another meeting',
  'no-such-point': 'the meeting has no such point',
  'closed-point': 'the point is closed, and nothing of a closed point is written',
} as const;

async function readJson(path: string, io: CliIo): Promise<unknown> {
  const text = new TextDecoder().decode(await io.readFile(path));
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new JsonShapeError(`not JSON (${(error as Error).message})`);
  }
}

function explainWrite(error: unknown): string {
  if (error instanceof JsonShapeError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `failed (${error instanceof Error ? error.message : String(error)})`;
}
