// The tab's main page: the current (or chosen) meeting, and beside it the archive with its search and
// the documents that could not be shown. Loading shows skeletons; a failure one sentence and a retry.
import {
  Button,
  Field,
  Link,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Skeleton,
  SkeletonItem,
  Subtitle1,
  Text,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Library } from '../../../app/loadLibrary';
import { searchIndexed } from '../../../domain/library/archiveSearch';
import { attachmentFile } from '../../../domain/library/attachmentFile';
import { caseHistory } from '../../../domain/library/caseHistory';
import { currentMeeting, newestFirst } from '../../../domain/library/currentMeeting';
import { currentPointNumber } from '../../../domain/library/currentPoint';
import type { TabPinner } from '../../../domain/discussion/TabPinner';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import { type Failure, failureOf } from '../../../domain/failure';
import { isoDay } from '../../app/isoDay';
import { useClock } from '../../app/useClock';
import { formatMeetingDate } from '../../format';
import { describeFailure } from '../../strings/describeFailure';
import type { Language, Strings } from '../../strings/strings';
import { DecidedMeetingView } from '../decisions/DecidedMeetingView';
import { type DecisionServices, useStoredDecisions } from '../decisions/useDecisions';
import { PinReferatButton } from '../discussion/PinReferatButton';
import { PointDiscussion } from '../discussion/PointDiscussion';
import type { DiscussionServices } from '../discussion/usePointDiscussion';
import { MeetingView } from '../meeting/MeetingView';
import { MeetingProgressBar } from '../meetingProgress/MeetingProgressBar';
import type { MeetingProgressServices } from '../meetingProgress/progressServices';
import { useMeetingProgress } from '../meetingProgress/useMeetingProgress';
import { MeetingReferat } from '../referat/MeetingReferat';
import { useApprovals } from '../referat/useApprovals';
import type { ReferatServices } from '../referat/useReferat';
import { useLibraryPageStyles } from './LibraryPage.styles';
import { type LoadEntries, useLibrary } from './useLibrary';

export interface Place {
  meeting: string | null;
  point: number | null;
}

interface Props {
  load: LoadEntries;
  strings: Strings;
  language: Language;
  /** Where the user asked to go (a deep link), and how to write such an address. */
  place: Place;
  href: (place: Place) => string;
  now: () => Date;
  /** Where decisions are kept; without it the tab only reads. */
  decisions?: DecisionServices;
  followUpHref?: string;
  /** Comments on points and pinning the referat, where the tab can post (Teams or the emulator). */
  discussion?: DiscussionServices;
  pinner?: { pinner: TabPinner; inChat: boolean };
  /** The meeting side panel's narrow layout. */
  compact?: boolean;
  /** The interactive sign-in ("Log ind"), when missing consent or a blocked popup stopped loading. */
  signIn?: (() => Promise<void>) | null;
  /** The meeting under way, shared by every panel of it (today's meeting only). */
  progress?: MeetingProgressServices;
  /** Writing and publishing the referat, where the tab can save files. */
  referat?: ReferatServices;
}

export function LibraryPage(props: Props) {
  const { state, retry } = useLibrary(props.load);
  const styles = useLibraryPageStyles();
  const { strings } = props;
  // Until the first document is read there is nothing to show but the skeleton.
  if (
    state.status === 'loading' ||
    (state.status === 'ready' && state.library.read === 0 && !state.complete)
  ) {
    return (
      <Skeleton aria-label={strings.loadingLibrary} className={styles.skeleton}>
        <SkeletonItem size={32} style={{ width: '50%' }} />
        <SkeletonItem size={16} style={{ width: '70%' }} />
        {[1, 2, 3, 4, 5].map((key) => (
          <SkeletonItem key={key} size={24} />
        ))}
      </Skeleton>
    );
  }
  if (state.status === 'failed' && state.failure.code === 'unauthenticated' && props.signIn) {
    return <SignInBar signIn={props.signIn} retry={retry} strings={strings} />;
  }
  if (state.status === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{`${strings.loadFailed} ${describeFailure(strings, state.failure)}`}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>{strings.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <LibraryView {...props} library={state.library} complete={state.complete} />;
}

interface LibraryViewProps extends Props {
  library: Library;
  /** False while the archive is still being read behind the meeting on screen. */
  complete: boolean;
}

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

function LibraryView(props: LibraryViewProps) {
  const { library, complete, strings, language, place, href, now, decisions, followUpHref } = props;
  const { entries, attachments } = library;
  const { discussion, pinner, compact = false } = props;
  const styles = useLibraryPageStyles();
  const stored = useStoredDecisions(decisions);
  const [query, setQuery] = useState('');
  const searched = useDebounced(query);
  const meetings = useMemo(
    () =>
      newestFirst(
        entries.flatMap((entry) =>
          'meeting' in entry
            ? [{ ...entry.meeting, url: entry.document.webUrl, fileName: entry.document.name }]
            : [],
        ),
      ),
    [entries],
  );
  const problems = entries.flatMap((entry) => ('problem' in entry ? [entry] : []));
  const indexed = useMemo(() => entries.flatMap((entry) => ('meeting' in entry ? [entry] : [])), [entries]);
  const { total: found, hits } = useMemo(
    () => searchIndexed(indexed, searched, SHOWN_HITS),
    [indexed, searched],
  );
  const incomplete = complete ? null : strings.searchIncomplete(library.read, library.total);
  const clock = useClock(now);
  const today = isoDay(clock);
  const approvals = useApprovals(meetings, stored.state);
  // "Udarbejd referat" writes the decisions recorded in the list, so it shows where there are some.
  const decided = (meeting: Meeting) =>
    stored.state.status === 'ready' &&
    stored.state.stored.some((each) => each.decision.meetingDate === meeting.date);
  const shown = meetings.find((meeting) => meeting.date === place.meeting) ?? currentMeeting(meetings, today);
  const live = useMeetingProgress(props.progress, shown?.date === today ? shown.date : null);
  const history = (item: Meeting['items'][number]) =>
    item.caseNumber && shown ? caseHistory(meetings, item.caseNumber, shown.date) : undefined;
  const meetingProps = (meeting: Meeting & { url: string; fileName: string }) => ({
    meeting,
    compact,
    pointExtras: discussion
      ? (item: AgendaItem) => (
          <PointDiscussion
            meeting={meeting}
            item={item}
            sourceUrl={meeting.url}
            services={discussion}
            strings={strings}
            language={language}
          />
        )
      : undefined,
    aside: (
      <>
        {pinner && meeting.kind === 'referat' && (
          <PinReferatButton
            meetingDate={meeting.date}
            fileName={meeting.fileName}
            webUrl={meeting.url}
            pinner={pinner.pinner}
            inChat={pinner.inChat}
            strings={strings}
          />
        )}
        <MeetingReferat
          meeting={meeting}
          hasDecisions={decided(meeting)}
          approvals={approvals}
          services={props.referat}
          pinner={pinner}
          strings={strings}
          language={language}
        />
      </>
    ),
    strings,
    language,
    openPoint: meeting.date === place.meeting ? place.point : null,
    // Once the secretary has started the meeting, its point is the current one, whatever the clock says.
    currentPoint: live.progress
      ? live.progress.current
      : currentPointNumber(meeting, today, clock.toTimeString().slice(0, 5)),
    history,
    historyNote: complete ? null : strings.historyIncomplete,
    documentUrl: meeting.url,
    attachmentUrl: (name: string) => attachmentFile(name, attachments)?.webUrl ?? null,
    pointHref: (date: string, number: number) => href({ meeting: date, point: number }),
  });
  return (
    <div className={mergeClasses(styles.root, compact && styles.compact)}>
      <main>
        {shown && live.following && (
          <MeetingProgressBar meeting={shown} live={live} now={now} strings={strings} />
        )}
        {shown && decisions ? (
          <DecidedMeetingView {...meetingProps(shown)} services={decisions} stored={stored} today={today} />
        ) : shown ? (
          <MeetingView {...meetingProps(shown)} />
        ) : complete ? (
          <Text>{strings.emptyLibrary}</Text>
        ) : (
          <Skeleton aria-label={strings.loadingLibrary} className={styles.skeleton}>
            <SkeletonItem size={32} style={{ width: '50%' }} />
          </Skeleton>
        )}
      </main>
      <aside className={styles.aside} aria-label={strings.archiveHeading}>
        {followUpHref && <Link href={followUpHref}>{strings.followUpNav}</Link>}
        <Subtitle1 as="h2">{strings.archiveHeading}</Subtitle1>
        {!complete && (
          <Text className={styles.progress}>{strings.readingArchive(library.read, library.total)}</Text>
        )}
        <Field label={strings.searchLabel}>
          <SearchBox
            className={styles.search}
            placeholder={strings.searchPlaceholder}
            value={query}
            onChange={(_, data) => setQuery(data.value)}
          />
        </Field>
        {query.trim() !== '' ? (
          <>
            <Text role="status">{found === 0 ? strings.noHits : strings.hits(found)}</Text>
            {incomplete && <Text>{incomplete}</Text>}
            <ul className={styles.list}>
              {hits.map((hit) => (
                <li key={`${hit.date}#${hit.number}`} className={styles.hit}>
                  <Link
                    href={href({ meeting: hit.date, point: hit.number })}
                  >{`${hit.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden} ${formatMeetingDate(hit.date, language)} · ${strings.point} ${hit.number}: ${hit.title}`}</Link>
                  <span className={styles.snippet}>{`${strings.field[hit.field]}: ${hit.snippet}`}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <ul className={styles.list}>
            {meetings.map((meeting) => (
              <li key={`${meeting.date}-${meeting.kind}`}>
                <Link
                  href={href({ meeting: meeting.date, point: null })}
                  aria-current={meeting === shown ? 'page' : undefined}
                >
                  {`${meeting.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden} ${formatMeetingDate(meeting.date, language)}`}
                </Link>
                {meeting.kind === 'referat' && approvals && (
                  <span className={styles.snippet}>
                    {` · ${approvals.has(meeting.date) ? strings.referatApprovedShort : strings.referatNotApprovedShort}`}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {problems.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <strong>{strings.problemsHeading}</strong>
              <ul>
                {problems.map((entry) => (
                  <li
                    key={entry.document.id}
                  >{`${entry.document.name} ${entry.reason ? strings.unreadableReason[entry.reason] : strings.problem[entry.problem]}`}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </aside>
    </div>
  );
}

/** Consent missing or the sign-in popup blocked: one sentence and a button whose click may open a popup. */
function SignInBar({
  signIn,
  retry,
  strings,
}: {
  signIn: () => Promise<void>;
  retry: () => void;
  strings: Strings;
}) {
  const [failure, setFailure] = useState<Failure>({ code: 'sign-in-needed', reason: 'interaction-required' });
  const run = () => signIn().then(retry, (error: unknown) => setFailure(failureOf(error)));
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{describeFailure(strings, failure)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => void run()}>
          {strings.signIn}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
