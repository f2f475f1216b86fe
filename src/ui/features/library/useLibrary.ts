// Loads the library (documents → meetings) and holds it as loading | ready | failed, with a retry.
// "ready" comes as soon as the listing is in; the meetings then arrive one by one (`complete` false
// until the last), gathered into a render every so often so that reading 500 documents stays smooth.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Library } from '../../../app/loadLibrary';
import { type Failure, failureOf } from '../../../domain/failure';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; library: Library; complete: boolean }
  | { status: 'failed'; failure: Failure };

/**
 * Loads the library, telling each step; supplied by the composition root. `firstDrawn` resolves once
 * the first document is on screen, so the archive is read after it, not in competition with it.
 */
export type LoadEntries = (
  onUpdate: (library: Library) => void,
  cancelled: () => boolean,
  firstDrawn: () => Promise<void>,
) => Promise<Library>;

/** How often, at most, the page renders the archive while it fills in. */
const RENDER_EVERY_MS = 250;

export function useLibrary(load: LoadEntries): { state: LibraryState; retry: () => void } {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const drawn = useRef<(() => void) | null>(null);
  const shown = state.status === 'ready' && state.library.read > 0;
  // Runs after React has committed the first document to the screen.
  useEffect(() => {
    if (shown) drawn.current?.();
  }, [shown]);
  useEffect(() => {
    let live = true;
    const firstDrawn = () => new Promise<void>((resolve) => (drawn.current = resolve));
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest: Library | null = null;
    const flush = () => {
      timer = null;
      if (live && latest) setState({ status: 'ready', library: latest, complete: false });
    };
    const onUpdate = (library: Library) => {
      latest = library;
      // The listing and the first meeting are shown at once; later ones are gathered.
      if (library.read <= 1) flush();
      else timer ??= setTimeout(flush, RENDER_EVERY_MS);
    };
    setState({ status: 'loading' });
    void (async () => {
      try {
        const library = await load(onUpdate, () => !live, firstDrawn);
        if (timer) clearTimeout(timer);
        if (live) setState({ status: 'ready', library, complete: true });
      } catch (error) {
        if (timer) clearTimeout(timer);
        if (live) setState({ status: 'failed', failure: failureOf(error) });
      }
    })();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [load, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry };
}
