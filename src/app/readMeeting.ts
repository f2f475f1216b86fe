// Reading a meeting from a document: bytes and a file name → text (through the port an adapter gives)
// → the parsed meeting, or the failure as data. The one place this pipeline is written: the tab's
// "open a file", the library, its parse worker and the command line all call it.
import { type Failure, failureOf } from '../domain/failure';
import type { Meeting } from '../domain/meeting';
import type { DocumentTextReader } from '../domain/ports';
import type { ReaderWarning } from '../domain/readerWarning';
import { parseReferat } from '../domain/referat/parseReferat';

/**
 * The meeting and what the reader said of the document's text, or why there is none; `cause` is the
 * original error, for a log or the CLI's wording.
 */
export type MeetingRead =
  { meeting: Meeting; warnings: ReaderWarning[] } | { failure: Failure; cause: unknown };

/** The text of a document and what the reader said of it, or why it cannot be read. */
export type TextRead = { text: string; warnings: ReaderWarning[] } | { failure: Failure; cause: unknown };

export async function readText(
  bytes: Uint8Array,
  fileName: string,
  reader: DocumentTextReader,
): Promise<TextRead> {
  const warnings: ReaderWarning[] = [];
  try {
    return { text: await reader(bytes, fileName, (warning) => warnings.push(warning)), warnings };
  } catch (cause) {
    return { failure: failureOf(cause), cause };
  }
}

/** A document's text → its meeting; text that is no agenda or minutes is failure 'not-a-referat'. */
export function meetingOfText(text: string, warnings: ReaderWarning[] = []): MeetingRead {
  try {
    return { meeting: parseReferat(text), warnings };
  } catch (cause) {
    return { failure: failureOf(cause), cause };
  }
}

export async function readMeeting(
  bytes: Uint8Array,
  fileName: string,
  reader: DocumentTextReader,
): Promise<MeetingRead> {
  const read = await readText(bytes, fileName, reader);
  return 'text' in read ? meetingOfText(read.text, read.warnings) : read;
}
