// Loads a document the user picked and holds the result as a discriminated union of states.
import { useCallback, useRef, useState } from 'react';
import type { MeetingRead } from '../../../app/readMeeting';
import { type Failure, failureOf } from '../../../domain/failure';
import type { Meeting } from '../../../domain/meeting';
import type { ReaderWarning } from '../../../domain/readerWarning';

export type OpenDocumentState =
  | { status: 'idle' }
  | { status: 'loading'; fileName: string }
  | { status: 'ready'; fileName: string; meeting: Meeting; warnings: ReaderWarning[] }
  | { status: 'failed'; fileName: string; failure: Failure };

/** Turns a document's bytes into a meeting or its failure; supplied by the composition root. */
export type ReadMeeting = (bytes: Uint8Array, fileName: string) => Promise<MeetingRead>;

export function useOpenDocument(readMeeting: ReadMeeting) {
  const [state, setState] = useState<OpenDocumentState>({ status: 'idle' });
  const latest = useRef(0);
  const open = useCallback(
    async (file: File) => {
      // Only the last file picked may set the state, however the reads finish.
      const ticket = ++latest.current;
      setState({ status: 'loading', fileName: file.name });
      try {
        const read = await readMeeting(new Uint8Array(await file.arrayBuffer()), file.name);
        if (ticket !== latest.current) return;
        setState(
          'meeting' in read
            ? { status: 'ready', fileName: file.name, meeting: read.meeting, warnings: read.warnings }
            : { status: 'failed', fileName: file.name, failure: read.failure },
        );
      } catch (error) {
        // Reading the picked file itself failed (the browser lost access to it).
        if (ticket === latest.current)
          setState({ status: 'failed', fileName: file.name, failure: failureOf(error) });
      }
    },
    [readMeeting],
  );
  return { state, open };
}
