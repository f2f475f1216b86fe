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
import { isPointOfNumber } from '../../../domain/pointOfNumber';
import { formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import { useMeetingViewStyles } from './MeetingView.styles';
import { NO_HISTORY, PointBody } from './PointBody';
import { useMeetingView } from './useMeetingView';

/** Where the view links to. */
export interface MeetingViewLinks {
  /** The library document the meeting was read from. */
  documentUrl?: string;
  /** Where an attachment's file is, when the library has it. */
  attachmentUrl?: (name: string) => string | null;
  /** The address of a point of another meeting (for the case history). */
  pointHref?: (date: string, number: number) => string;
}

/** Each point's case history. */
export interface MeetingViewHistory {
  /** Earlier and later points with the same case number. */
  of: (item: AgendaItem) => CaseHistory | undefined;
  /** Said under a case history while the archive is still being read (it may lack earlier points). */
  note?: string | null;
}

/** What other features fill in (the decisions feature, the discussion, the referat). */
export interface MeetingViewSlots {
  /** Shown under the header: follow-ups due, "save all", the referat's pin and writer. */
  aside?: ReactNode;
  /** The aside where writing is offered (minutes mode), in place of `aside`. */
  writingAside?: ReactNode;
  /** An open point's decision editor, shown at the end of the point. */
  decisionOf?: (item: AgendaItem) => ReactNode;
  /** More for an open point, after its decision: its discussion. */
  pointExtras?: (item: AgendaItem) => ReactNode;
  /** What became of each recommendation, shown beside it, when decisions are kept. */
  outcomesOf?: (item: AgendaItem) => (string | null)[];
}

/** The meeting and how to show it flat; the rest grouped, as Fluent UI v9 groups a component's parts. */
export interface MeetingViewProps {
  meeting: Meeting;
  strings: Strings;
  language: Language;
  /** The narrow layout of a meeting side panel. */
  compact?: boolean;
  /** The point to open (a deep link); others start closed. */
  openPoint?: number | null;
  /** The point under way, highlighted during the meeting. */
  currentPoint?: number | null;
  /** Links: the document, attachments' files, points of other meetings. */
  links?: MeetingViewLinks;
  /** Each point's case history, and a note while it may be incomplete. */
  history?: MeetingViewHistory;
  /** Parts other features fill in: the aside, each open point's decision, extras and outcomes. */
  slots?: MeetingViewSlots;
}

type Props = MeetingViewProps;

export function MeetingView(props: Props) {
  const { meeting, strings, language, compact = false } = props;
  const documentUrl = props.links?.documentUrl;
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
      {props.slots?.aside}
      {meeting.items.length === 0 ? <Text>{strings.noPoints}</Text> : <Points {...props} />}
    </article>
  );
}

/** The points, each opening to its body, its decision and its extras; the deep-linked one open. */
function Points({
  meeting,
  strings,
  language,
  openPoint = null,
  currentPoint = null,
  links = {},
  history,
  slots = {},
}: Props) {
  const styles = useMeetingViewStyles();
  return (
    <Accordion
      multiple
      collapsible
      key={`${meeting.date}#${openPoint ?? ''}`}
      defaultOpenItems={openPoint === null ? [] : [openPoint]}
    >
      {meeting.items.map((item, index) => {
        // A closed heading may repeat a number: the number (deep links, ?point=) names the open point,
        // the repeat gets a key of its own and no anchor, and opens on its own.
        const own = isPointOfNumber(meeting.items, index);
        return (
          <AccordionItem
            key={own ? item.number : `${item.number}@${index}`}
            value={own ? item.number : `${item.number}@${index}`}
            id={own ? `punkt-${item.number}` : undefined}
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
                  language={language}
                  history={history?.of(item) ?? NO_HISTORY}
                  historyNote={item.caseNumber ? (history?.note ?? null) : null}
                  pointHref={links.pointHref ?? defaultHref}
                  attachmentUrl={links.attachmentUrl ?? noUrl}
                  outcomes={slots.outcomesOf?.(item) ?? []}
                />
              )}
              {!item.closed && slots.decisionOf?.(item)}
              {!item.closed && slots.pointExtras?.(item)}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
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
