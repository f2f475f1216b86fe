// An open point's body: its sections, Indstilling with what became of each recommendation, Beslutning,
// the case's earlier and later points, and Bilag linked to their files when the library has them.
import { Badge, Body1Strong, Link, Subtitle2, Text } from '@fluentui/react-components';
import type { CaseHistory, CaseStep } from '../../../domain/library/caseHistory';
import type { AgendaItem } from '../../../domain/meeting';
import { TextBlocks } from '../../components/TextBlocks';
import { formatDay } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import { useMeetingViewStyles } from './MeetingView.styles';

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

/** An open point's body; the decision editor and discussion follow it in the meeting view. */
export function PointBody(props: PointBodyProps) {
  const { item, strings, history } = props;
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
      {item.recommendations.length > 0 && <Recommendations {...props} />}
      {item.decision && (
        <section>
          <Subtitle2 as="h3" className={styles.sectionHeading}>
            {strings.decision}
          </Subtitle2>
          <TextBlocks text={item.decision} />
        </section>
      )}
      {(history.earlier.length + history.later.length > 0 || props.historyNote) && (
        <CaseHistorySection {...props} />
      )}
      {item.attachments.length > 0 && <Attachments {...props} />}
    </div>
  );
}

function Recommendations({ item, strings, outcomes }: PointBodyProps) {
  const styles = useMeetingViewStyles();
  return (
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
  );
}

function CaseHistorySection({ strings, language, history, historyNote, pointHref }: PointBodyProps) {
  const styles = useMeetingViewStyles();
  return (
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
  );
}

function Attachments({ item, strings, attachmentUrl }: PointBodyProps) {
  const styles = useMeetingViewStyles();
  return (
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
  );
}

export const NO_HISTORY: CaseHistory = { earlier: [], later: [] };

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
      {steps.map((step, index) => (
        // A closed heading may repeat a number, so two steps can share date and number.
        <li key={`${step.date}#${step.number}@${index}`}>
          <Link
            href={pointHref(step.date, step.number)}
          >{`${formatDay(step.date, language)}, ${strings.point.toLowerCase()} ${step.number}: ${step.title}`}</Link>
          {` – ${step.decision ? step.decision.split('\n')[0] : strings.noDecision}`}
        </li>
      ))}
    </ul>
  );
}
