// Loads the library (documents → meetings) and holds it as loading | ready | failed, with a retry.
import { useCallback, useEffect, useState } from 'react';
import type { Library } from '../../../documents/loadLibrary';
import { type Failure, failureOf } from '../../../domain/failure';

export type LibraryState =
  { status: 'loading' } | { status: 'ready'; library: Library } | { status: 'failed'; failure: Failure };

/** Loads the library; supplied by the composition root. */
export type LoadEntries = () => Promise<Library>;

export function useLibrary(load: LoadEntries): { state: LibraryState; retry: () => void } {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void (async () => {
      try {
        const library = await load();
        if (live) setState({ status: 'ready', library });
      } catch (error) {
        if (live) setState({ status: 'failed', failure: failureOf(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry };
}
