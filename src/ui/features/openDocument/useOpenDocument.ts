// Loads a document the user picked and holds the result as a discriminated union of states.
import { useCallback, useRef, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';

/** What can go wrong, as codes the view turns into one sentence each. */
export type OpenFailure = 'not-a-referat' | 'unreadable' | 'empty' | 'unexpected';

export type OpenDocumentState =
  | { status: 'idle' }
  | { status: 'loading'; fileName: string }
  | { status: 'ready'; fileName: string; meeting: Meeting }
  | { status: 'failed'; fileName: string; failure: OpenFailure };

/** Turns a document's bytes into a meeting; supplied by the composition root. */
export type ReadMeeting = (bytes: Uint8Array, fileName: string) => Promise<Meeting>;

export function failureOf(error: unknown): OpenFailure {
  const code = (error as { code?: unknown; reason?: unknown } | null)?.code;
  if (code === 'not-a-referat') return 'not-a-referat';
  if (code === 'unreadable-file')
    return (error as { reason?: unknown }).reason === 'empty' ? 'empty' : 'unreadable';
  return 'unexpected';
}

export function useOpenDocument(readMeeting: ReadMeeting) {
  const [state, setState] = useState<OpenDocumentState>({ status: 'idle' });
  const latest = useRef(0);
  const open = useCallback(
    async (file: File) => {
      // Only the last file picked may set the state, however the reads finish.
      const ticket = ++latest.current;
      setState({ status: 'loading', fileName: file.name });
      try {
        const meeting = await readMeeting(new Uint8Array(await file.arrayBuffer()), file.name);
        if (ticket === latest.current) setState({ status: 'ready', fileName: file.name, meeting });
      } catch (error) {
        if (ticket === latest.current)
          setState({ status: 'failed', fileName: file.name, failure: failureOf(error) });
      }
    },
    [readMeeting],
  );
  return { state, open };
}
