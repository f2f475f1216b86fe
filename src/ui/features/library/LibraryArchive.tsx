// The archive beside the meeting: the link to follow-up, how far reading has come, the search and its
// hits (or every meeting, newest first), and the documents that could not be shown, each with why.
import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Subtitle1,
  Text,
} from '@fluentui/react-components';
import { formatMeetingDate } from '../../format';
import { useLibraryPageStyles } from './LibraryPage.styles';
import type { LibraryViewProps } from './LibraryPage.types';
import type { LibraryViewState } from './useLibraryView';

interface Args {
  props: LibraryViewProps;
  view: LibraryViewState;
}

function SearchHits({ props, view }: Args) {
  const { strings, language, href, complete, library } = props;
  const { found, hits } = view.search;
  const styles = useLibraryPageStyles();
  return (
    <>
      <Text role="status">{found === 0 ? strings.noHits : strings.hits(found)}</Text>
      {!complete && <Text>{strings.searchIncomplete(library.read, library.total)}</Text>}
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
  );
}

function MeetingList({ props, view }: Args) {
  const { strings, language, href } = props;
  const { meetings, shown, approvals } = view;
  const styles = useLibraryPageStyles();
  return (
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
  );
}

function DocumentProblems({ props, view }: Args) {
  const { strings } = props;
  if (view.problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <strong>{strings.problemsHeading}</strong>
        <ul>
          {view.problems.map((entry) => (
            <li
              key={entry.document.id}
            >{`${entry.document.name} ${entry.reason ? strings.unreadableReason[entry.reason] : strings.problem[entry.problem]}`}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function LibraryArchive({ props, view }: Args) {
  const { strings, complete, library, followUpHref } = props;
  const styles = useLibraryPageStyles();
  return (
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
          value={view.search.query}
          onChange={(_, data) => view.search.setQuery(data.value)}
        />
      </Field>
      {view.search.query.trim() !== '' ? (
        <SearchHits props={props} view={view} />
      ) : (
        <MeetingList props={props} view={view} />
      )}
      <DocumentProblems props={props} view={view} />
    </aside>
  );
}
