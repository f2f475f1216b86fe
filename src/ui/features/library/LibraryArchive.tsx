// The archive beside the meeting: the link to follow-up, how far reading has come, the search and its
// hits (or every meeting, newest first), and the documents that could not be shown, each with why.
import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Subtitle1,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { documentNames } from '../../../domain/library/archiveEntries';
import { matchRanges } from '../../../domain/library/searchText';
import { formatDay, formatMeetingDate } from '../../format';
import { useLibraryPageStyles } from './LibraryPage.styles';
import type { LibraryViewProps } from './LibraryPage.types';
import type { LibraryViewState } from './useLibraryView';

interface Args {
  props: LibraryViewProps;
  view: LibraryViewState;
}

/** A text with the parts that matched the search marked (as text nodes: never as HTML). */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function SearchHits({ props, view }: Args) {
  const { strings, language, href, complete, library } = props;
  const { found, hits, query, words } = view.search;
  const styles = useLibraryPageStyles();
  return (
    <>
      <Text role="status">{found === 0 ? strings.noHits : strings.hits(found)}</Text>
      {!complete && <Text>{strings.searchIncomplete(library.read, library.total)}</Text>}
      <ul className={styles.list}>
        {hits.map((hit, index) => (
          // A closed heading may repeat a point's number, so two hits can share date and number.
          <li key={`${hit.date}#${hit.number}@${index}`} className={styles.hit}>
            <Link href={href({ meeting: hit.date, point: hit.number, query })}>
              {`${hit.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden} ${formatMeetingDate(hit.date, language)} · ${strings.point} ${hit.number}: `}
              <Marked text={hit.title} words={words} />
            </Link>
            <span className={styles.snippet}>
              {`${strings.field[hit.field]}: `}
              <Marked text={hit.snippet} words={words} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The meetings by year, newest year and newest meeting first (ten years are 250 meetings). */
function MeetingList({ props, view }: Args) {
  const years = new Map<string, LibraryViewState['archive']>();
  for (const entry of view.archive) {
    const year = entry.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return (
    <>
      {[...years].map(([year, entries]) => (
        <section key={year} aria-label={year}>
          <Subtitle2 as="h3">{year}</Subtitle2>
          <YearMeetings props={props} view={view} entries={entries} />
        </section>
      ))}
    </>
  );
}

/** One entry per meeting, naming the documents it was read from (an original and the app's referat). */
function YearMeetings({ props, view, entries }: Args & { entries: LibraryViewState['archive'] }) {
  const { strings, language, href } = props;
  const { shown, approvals } = view;
  const styles = useLibraryPageStyles();
  return (
    <ul className={styles.list}>
      {entries.map(({ date, meeting, documents }) => (
        <li key={date}>
          <Link
            href={href({ meeting: date, point: null })}
            aria-current={shown && documents.includes(shown) ? 'page' : undefined}
          >
            {`${meeting.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden} ${formatMeetingDate(date, language)}`}
          </Link>
          {documents.some((each) => each.kind === 'referat') && approvals?.has(date) && (
            <span className={styles.snippet}>
              {` · ${approvals.get(date)?.status === 'approved' ? strings.referatApprovedShort : strings.referatNotApprovedShort}`}
            </span>
          )}
          <span className={styles.documents}>
            {strings.archiveDocuments(
              documentNames(documents).map(
                ({ kind, type, changed }) =>
                  `${kind === 'referat' ? strings.kindReferat : strings.kindDagsorden} (${strings.documentType[type]}${changed ? `, ${strings.documentChanged(formatDay(changed, language))}` : ''})`,
              ),
            )}
          </span>
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
          // Fluent names its clear button "clear", in English.
          dismiss={{ 'aria-label': strings.searchClear }}
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
