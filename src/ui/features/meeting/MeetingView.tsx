// A meeting as the forum reads it: header, then each point, opening to its sections, Indstilling,
// Beslutning and Bilag. A closed point shows its number, "Lukket" and its case number, nothing more.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
  Text,
  Title2,
} from '@fluentui/react-components';
import type { AgendaItem, Meeting } from '../../../domain/meeting';
import { TextBlocks } from '../../components/TextBlocks';
import { formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../strings/strings';
import { useMeetingViewStyles } from './MeetingView.styles';

interface Props {
  meeting: Meeting;
  strings: Strings;
  language: Language;
}

export function MeetingView({ meeting, strings, language }: Props) {
  const styles = useMeetingViewStyles();
  const kind = meeting.kind === 'referat' ? strings.kindReferat : strings.kindDagsorden;
  return (
    <article className={styles.root} aria-label={`${kind} ${meeting.forum}`}>
      <header className={styles.header}>
        <Title2 as="h1">{`${kind} ${meeting.forum}`}</Title2>
        <Text className={styles.meta}>
          {formatMeetingDate(meeting.date, language)}
          {meeting.start && ` ${strings.at} ${meeting.start}`}
          {meeting.location && ` · ${strings.location}: ${meeting.location}`}
        </Text>
        {meeting.absent.length > 0 && (
          <Text className={styles.meta}>{`${strings.absent}: ${meeting.absent.join(', ')}`}</Text>
        )}
      </header>
      {meeting.items.length === 0 ? (
        <Text>{strings.noPoints}</Text>
      ) : (
        <Accordion multiple collapsible>
          {meeting.items.map((item) => (
            <AccordionItem key={item.number} value={item.number}>
              <AccordionHeader as="h2">
                <PointHeading item={item} strings={strings} />
              </AccordionHeader>
              <AccordionPanel>{!item.closed && <PointBody item={item} strings={strings} />}</AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </article>
  );
}

function PointHeading({ item, strings }: { item: AgendaItem; strings: Strings }) {
  const styles = useMeetingViewStyles();
  const extras = [
    item.timeslot && `${item.timeslot.start}–${item.timeslot.end}`,
    item.presenter && `${strings.presenter} ${item.presenter}`,
    item.caseNumber && `${strings.caseNumber} ${item.caseNumber}`,
  ].filter(Boolean);
  return (
    <span className={styles.pointHeader}>
      <Subtitle2>{`${strings.point} ${item.number}: ${item.closed ? strings.closed : item.title}`}</Subtitle2>
      {extras.length > 0 && <span className={styles.pointMeta}>{extras.join(' · ')}</span>}
    </span>
  );
}

function PointBody({ item, strings }: { item: AgendaItem; strings: Strings }) {
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
              <li key={index}>{recommendation}</li>
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
      {item.attachments.length > 0 && (
        <section>
          <Subtitle2 as="h3" className={styles.sectionHeading}>
            {strings.attachments}
          </Subtitle2>
          <ul>
            {item.attachments.map((attachment, index) => (
              <li key={index}>{attachment}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
