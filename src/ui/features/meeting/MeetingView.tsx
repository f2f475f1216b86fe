// A meeting as the forum reads it: header, then each point, opening to its sections, Indstilling,
// Beslutning and Bilag. A closed point shows its number, "Lukket" and its case number, nothing more.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Link,
  Subtitle2,
  Text,
  Title2,
  Title3,
  mergeClasses,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CaseHistory } from '../../../domain/library/caseHistory';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import { formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../strings/strings';
import { useMeetingViewStyles } from './MeetingView.styles';
import { NO_HISTORY, PointBody } from './PointBody';
import { useMeetingView } from './useMeetingView';

export interface MeetingViewProps {
  meeting: Meeting;
  strings: Strings;
  language: Language;
  /** The point to open (a deep link); others start closed. */
  openPoint?: number | null;
  /** The point under way, highlighted during the meeting. */
  currentPoint?: number | null;
  /** Earlier and later points with the same case number. */
  history?: (item: AgendaItem) => CaseHistory | undefined;
  /** Said under a case history while the archive is still being read (it may lack earlier points). */
  historyNote?: string | null;
  /** The library document the meeting was read from. */
  documentUrl?: string;
  /** Where an attachment's file is, when the library has it. */
  attachmentUrl?: (name: string) => string | null;
  /** The address of a point of another meeting (for the case history). */
  pointHref?: (date: string, number: number) => string;
  /** Shown under the header: follow-ups due, "save all" (the decisions feature fills it). */
  aside?: ReactNode;
  /** An open point's decision editor, shown at the end of the point. */
  decisionOf?: (item: AgendaItem) => ReactNode;
  /** More for an open point, after its decision: its discussion. */
  pointExtras?: (item: AgendaItem) => ReactNode;
  /** The narrow layout of a meeting side panel. */
  compact?: boolean;
  /** What became of each recommendation, shown beside it, when decisions are kept. */
  outcomesOf?: (item: AgendaItem) => (string | null)[];
}

type Props = MeetingViewProps;

export function MeetingView(props: Props) {
  const { meeting, strings, language, documentUrl, aside, compact = false } = props;
  const styles = useMeetingViewStyles();
  const { title } = useMeetingView(meeting, strings, props.openPoint ?? null);
  return (
    <article
      className={mergeClasses(styles.root, compact && styles.compact)}
      aria-label={title}
      data-layout={compact ? 'compact' : 'wide'}
    >
      <header className={styles.header}>
        {compact ? <Title3 as="h1">{title}</Title3> : <Title2 as="h1">{title}</Title2>}
        <Text className={styles.meta}>
          {formatMeetingDate(meeting.date, language)}
          {meeting.start && ` ${strings.at} ${meeting.start}`}
          {meeting.location && ` · ${strings.location}: ${meeting.location}`}
        </Text>
        {meeting.absent.length > 0 && (
          <Text className={styles.meta}>{`${strings.absent}: ${meeting.absent.join(', ')}`}</Text>
        )}
        {documentUrl && (
          <Link href={documentUrl} target="_blank" rel="noreferrer">
            {strings.openDocument}
          </Link>
        )}
      </header>
      {aside}
      {meeting.items.length === 0 ? <Text>{strings.noPoints}</Text> : <Points {...props} />}
    </article>
  );
}

/** The points, each opening to its body, its decision and its extras; the deep-linked one open. */
function Points({
  meeting,
  strings,
  openPoint = null,
  currentPoint = null,
  decisionOf,
  pointExtras,
  ...rest
}: Props) {
  const styles = useMeetingViewStyles();
  return (
    <Accordion
      multiple
      collapsible
      key={`${meeting.date}#${openPoint ?? ''}`}
      defaultOpenItems={openPoint === null ? [] : [openPoint]}
    >
      {meeting.items.map((item) => (
        <AccordionItem
          key={item.number}
          value={item.number}
          id={`punkt-${item.number}`}
          className={item.number === currentPoint ? styles.current : undefined}
        >
          <AccordionHeader as="h2">
            <PointHeading item={item} strings={strings} current={item.number === currentPoint} />
          </AccordionHeader>
          <AccordionPanel>
            {item.closed && <Text block>{strings.closedWhy}</Text>}
            {!item.closed && (
              <PointBody
                item={item}
                strings={strings}
                language={rest.language}
                history={rest.history?.(item) ?? NO_HISTORY}
                historyNote={item.caseNumber ? (rest.historyNote ?? null) : null}
                pointHref={rest.pointHref ?? defaultHref}
                attachmentUrl={rest.attachmentUrl ?? noUrl}
                outcomes={rest.outcomesOf?.(item) ?? []}
              />
            )}
            {!item.closed && decisionOf?.(item)}
            {!item.closed && pointExtras?.(item)}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

const noUrl = () => null;
const defaultHref = (date: string, number: number) => `?meeting=${date}&point=${number}`;

function PointHeading({ item, strings, current }: { item: AgendaItem; strings: Strings; current: boolean }) {
  const styles = useMeetingViewStyles();
  const extras = [
    item.timeslot && `${item.timeslot.start}–${item.timeslot.end}`,
    item.presenter && `${strings.presenter} ${item.presenter}`,
    item.caseNumber && `${strings.caseNumber} ${item.caseNumber}`,
  ].filter(Boolean);
  return (
    <span className={styles.pointHeader}>
      <Subtitle2>{`${strings.point} ${item.number}: ${item.closed ? strings.closed : item.title}`}</Subtitle2>
      {current && <Badge appearance="filled">{strings.now}</Badge>}
      {extras.length > 0 && <span className={styles.pointMeta}>{extras.join(' · ')}</span>}
    </span>
  );
}
