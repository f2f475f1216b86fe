// A meeting as the forum reads it: header, then each point, opening to its sections, Indstilling,
// Beslutning and Bilag. A closed point shows its number, "Lukket" and its case number, nothing more.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1Strong,
  Link,
  Subtitle2,
  Text,
  Title2,
  Title3,
  mergeClasses,
} from '@fluentui/react-components';
import { type ReactNode, useEffect } from 'react';
import type { CaseHistory, CaseStep } from '../../../domain/library/caseHistory';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import { TextBlocks } from '../../components/TextBlocks';
import { formatDay, formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../strings/strings';
import { useMeetingViewStyles } from './MeetingView.styles';

interface Props {
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

export function MeetingView({
  meeting,
  strings,
  language,
  openPoint = null,
  currentPoint = null,
  history,
  historyNote = null,
  documentUrl,
  pointHref = defaultHref,
  attachmentUrl = noUrl,
  aside,
  decisionOf,
  outcomesOf,
  pointExtras,
  compact = false,
}: Props) {
  const styles = useMeetingViewStyles();
  // A deep link, a copied link or a search hit opens its point; the reader must also see it.
  useEffect(() => {
    if (openPoint !== null)
      document.getElementById(`punkt-${openPoint}`)?.scrollIntoView?.({ block: 'start' });
  }, [meeting.date, openPoint]);
  const kind = meeting.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden;
  return (
    <article
      className={mergeClasses(styles.root, compact && styles.compact)}
      aria-label={`${kind} ${meeting.forum}`}
      data-layout={compact ? 'compact' : 'wide'}
    >
      <header className={styles.header}>
        {compact ? (
          <Title3 as="h1">{`${kind} ${meeting.forum}`}</Title3>
        ) : (
          <Title2 as="h1">{`${kind} ${meeting.forum}`}</Title2>
        )}
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
      {meeting.items.length === 0 ? (
        <Text>{strings.noPoints}</Text>
      ) : (
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
                    language={language}
                    history={history?.(item) ?? NO_HISTORY}
                    historyNote={item.caseNumber ? historyNote : null}
                    pointHref={pointHref}
                    attachmentUrl={attachmentUrl}
                    outcomes={outcomesOf?.(item) ?? []}
                  />
                )}
                {!item.closed && decisionOf?.(item)}
                {!item.closed && pointExtras?.(item)}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </article>
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

interface PointBodyProps {
  item: AgendaItem;
  strings: Strings;
  language: Language;
  history: CaseHistory;
  historyNote: string | null;
  pointHref: (date: string, number: number) => string;
  attachmentUrl: (name: string) => string | null;
  outcomes: (string | null)[];
}

function PointBody(props: PointBodyProps) {
  const { item, strings, language, history, historyNote, pointHref, attachmentUrl, outcomes } = props;
  const styles = useMeetingViewStyles();
  return (
    <div className={styles.panel}>
      {item.sections.map((section, index) => (
        <section key={index}>
          {section.heading && (
            <Subtitle2 as="h3" className={styles.sectionHeading}>
              {section.heading}
            </Subtitle2>
          )}
          <TextBlocks text={section.text} />
        </section>
      ))}
      {item.recommendations.length > 0 && (
        <section>
          <Subtitle2 as="h3" className={styles.sectionHeading}>
            {strings.recommendations}
          </Subtitle2>
          {item.recommendedBy && <Text block>{strings.recommendedBy(item.recommendedBy)}</Text>}
          <ol>
            {item.recommendations.map((recommendation, index) => (
              <li key={index}>
                {recommendation}
                {outcomes[index] && (
                  <Badge appearance="tint" color="informative" className={styles.outcome}>
                    {outcomes[index]}
                  </Badge>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {item.decision && (
        <section>
          <Subtitle2 as="h3" className={styles.sectionHeading}>
            {strings.decision}
          </Subtitle2>
          <TextBlocks text={item.decision} />
        </section>
      )}
      {(history.earlier.length + history.later.length > 0 || historyNote) && (
        <section>
          <Subtitle2 as="h3" className={styles.sectionHeading}>
            {strings.caseHistoryHeading}
          </Subtitle2>
          {historyNote && <Text block>{historyNote}</Text>}
          <CaseSteps steps={history.earlier} strings={strings} language={language} pointHref={pointHref} />
          {history.later.length > 0 && (
            <>
              <Body1Strong as="h4" block>
                {strings.caseLaterHeading}
              </Body1Strong>
              <CaseSteps steps={history.later} strings={strings} language={language} pointHref={pointHref} />
            </>
          )}
        </section>
      )}
      {item.attachments.length > 0 && (
        <section>
          <Subtitle2 as="h3" className={styles.sectionHeading}>
            {strings.attachments}
          </Subtitle2>
          <ul>
            {item.attachments.map((attachment, index) => {
              const url = attachmentUrl(attachment);
              return (
                <li key={index}>
                  {url ? (
                    <Link href={url} target="_blank" rel="noreferrer">
                      {attachment}
                    </Link>
                  ) : (
                    attachment
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

const NO_HISTORY: CaseHistory = { earlier: [], later: [] };

interface CaseStepsProps {
  steps: CaseStep[];
  strings: Strings;
  language: Language;
  pointHref: (date: string, number: number) => string;
}

/** Points of other meetings in the case, each a link to it with its decision's first line. */
function CaseSteps({ steps, strings, language, pointHref }: CaseStepsProps) {
  if (steps.length === 0) return null;
  return (
    <ul>
      {steps.map((step) => (
        <li key={`${step.date}#${step.number}`}>
          <Link
            href={pointHref(step.date, step.number)}
          >{`${formatDay(step.date, language)}, ${strings.point.toLowerCase()} ${step.number}: ${step.title}`}</Link>
          {` – ${step.decision ? step.decision.split('\n')[0] : strings.noDecision}`}
        </li>
      ))}
    </ul>
  );
}
