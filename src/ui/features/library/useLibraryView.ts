// The library view's state: the meetings read so far (newest first) and the documents that could not be
// shown, which meeting is on screen, the archive search, the clock, the decisions, approvals and the
// live progress of today's meeting. The render components only read it.
import { useEffect, useMemo, useState } from 'react';
import type { Library } from '../../../app/loadLibrary';
import { archiveEntries } from '../../../domain/library/archiveEntries';
import { searchIndexed } from '../../../domain/library/archiveSearch';
import { queryWords } from '../../../domain/library/searchIndex';
import { currentMeeting, newestFirst } from '../../../domain/library/currentMeeting';
import type { Meeting } from '../../../domain/meeting';
import { isoDay } from '../../app/isoDay';
import { useClock } from '../../app/useClock';
import { useStoredDecisions } from '../decisions/useDecisions';
import { useMeetingProgress } from '../meetingProgress/useMeetingProgress';
import { useApprovals } from '../referat/useApprovals';
import type { LibraryViewProps } from './LibraryPage.types';

/** A meeting with the document it was read from. */
export type ShownMeeting = Meeting & { url: string; fileName: string; modified: string };

/** The hits listed (the best, newest first); the count says how many there are in all. */
const SHOWN_HITS = 50;

/** How long typing must pause before the archive is searched. */
const SEARCH_DEBOUNCE_MS = 150;

/** The query, once typing has paused. */
function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** The archive search: what is typed, and the hits for it once typing pauses. */
function useArchiveSearch(entries: Library['entries'], asked: string) {
  const [query, setQuery] = useState(asked);
  const searched = useDebounced(query);
  const indexed = useMemo(() => entries.flatMap((entry) => ('meeting' in entry ? [entry] : [])), [entries]);
  const { total: found, hits } = useMemo(
    () => searchIndexed(indexed, searched, SHOWN_HITS),
    [indexed, searched],
  );
  return { query, setQuery, found, hits, words: queryWords(searched) };
}

function useMeetings(entries: Library['entries']): ShownMeeting[] {
  return useMemo(
    () =>
      newestFirst(
        entries.flatMap((entry) =>
          'meeting' in entry
            ? [
                {
                  ...entry.meeting,
                  url: entry.document.webUrl,
                  fileName: entry.document.name,
                  modified: entry.document.lastModifiedDateTime,
                },
              ]
            : [],
        ),
      ),
    [entries],
  );
}

export function useLibraryView({ library, decisions, now, place, progress }: LibraryViewProps) {
  const stored = useStoredDecisions(decisions);
  const meetings = useMeetings(library.entries);
  const archive = useMemo(() => archiveEntries(meetings), [meetings]);
  const search = useArchiveSearch(library.entries, place.query ?? '');
  const clock = useClock(now);
  const today = isoDay(clock);
  const approvals = useApprovals(meetings, stored.state);
  const shown = meetings.find((meeting) => meeting.date === place.meeting) ?? currentMeeting(meetings, today);
  const live = useMeetingProgress(progress, shown?.date === today ? shown.date : null);
  return {
    stored,
    meetings,
    archive,
    problems: library.entries.flatMap((entry) => ('problem' in entry ? [entry] : [])),
    search,
    clock,
    today,
    approvals,
    shown,
    live,
  };
}

export type LibraryViewState = ReturnType<typeof useLibraryView>;
