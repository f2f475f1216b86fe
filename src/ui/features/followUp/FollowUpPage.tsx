// "Opfølgning": every open decision across meetings, filterable by owner, status and due date, overdue
// first, each linking to its point.
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
} from '@fluentui/react-components';
import { DECISION_STATUSES, type Decision } from '../../../domain/decisions/decision';
import { type FollowUpFilter, isFiltered, isOverdue } from '../../../domain/decisions/followUps';
import { type Owner, ownerKey, ownerNames } from '../../../domain/followUp/owners';
import { DayPicker } from '../../components/DayPicker';
import { formatDay, formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../../strings/strings';
import type { DecisionServices } from '../decisions/useDecisions';
import { useFollowUpPageStyles } from './FollowUpPage.styles';
import { useFollowUpPage } from './useFollowUpPage';

interface Props {
  services: DecisionServices;
  strings: Strings;
  language: Language;
  today: string;
  pointHref: (date: string, number: number) => string;
  agendaHref: string;
}

export function FollowUpPage({ services, strings, language, today, pointHref, agendaHref }: Props) {
  const styles = useFollowUpPageStyles();
  const page = useFollowUpPage(services, today);
  const { stored, filter, shown, notShown } = page;
  return (
    <main className={styles.root}>
      <Link href={agendaHref}>{strings.agendaNav}</Link>
      <Title2 as="h1">{strings.followUpTitle}</Title2>
      <Filters page={page} strings={strings} />
      {stored.state.status === 'loading' && <Spinner label={strings.loadingLibrary} />}
      {stored.state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.decisionsUnavailable}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void stored.reload()}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {stored.state.status === 'ready' && (
        <>
          <Text role="status">
            {shown.length > 0
              ? strings.followUpCount(shown.length)
              : isFiltered(filter)
                ? strings.noFollowUps
                : strings.noFollowUpsYet}
          </Text>
          {filter.status === 'open' && notShown > 0 && (
            <Text block>{strings.followUpNotShown(notShown)}</Text>
          )}
          <FollowUpTable
            shown={shown}
            strings={strings}
            language={language}
            today={today}
            pointHref={pointHref}
          />
        </>
      )}
    </main>
  );
}

/** Owner, status and due date. */
function Filters({ page, strings }: { page: ReturnType<typeof useFollowUpPage>; strings: Strings }) {
  const styles = useFollowUpPageStyles();
  const { filter, setFilter, owners } = page;
  return (
    <div className={styles.filters}>
      <Field label={strings.filterOwner}>
        <Select
          className={styles.select}
          value={filter.owner}
          onChange={(_, data) => setFilter({ ...filter, owner: data.value })}
        >
          <option value="">{strings.filterAllOwners}</option>
          {owners.map((owner) => (
            <option key={ownerKey(owner)} value={ownerKey(owner)}>
              {ownerLabel(owner, owners, strings)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.filterStatus}>
        <Select
          className={styles.select}
          value={filter.status}
          onChange={(_, data) => setFilter({ ...filter, status: data.value as FollowUpFilter['status'] })}
        >
          <option value="open">{strings.filterOpen}</option>
          {DECISION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {strings.statusHelp[status]}
            </option>
          ))}
        </Select>
      </Field>
      <DayPicker
        label={strings.filterDueBy}
        value={filter.dueBy}
        strings={strings}
        onChange={(dueBy) => setFilter({ ...filter, dueBy })}
      />
    </div>
  );
}

/** An owner's name; a text owner bearing a person's name is told apart from the person. */
function ownerLabel(owner: Owner, owners: readonly Owner[], strings: Strings) {
  const namesPerson = owner.id === null && owners.some((each) => each.id && each.name === owner.name);
  return namesPerson ? `${owner.name} (${strings.ownerText.toLowerCase()})` : owner.name;
}

/** The decisions shown, one row each, overdue ones marked. */
function FollowUpTable({
  shown,
  strings,
  language,
  today,
  pointHref,
}: Pick<Props, 'strings' | 'language' | 'today' | 'pointHref'> & { shown: readonly Decision[] }) {
  const styles = useFollowUpPageStyles();
  return (
    <div className={styles.scroll}>
      <Table aria-label={strings.followUpTitle} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.deadline}</TableHeaderCell>
            <TableHeaderCell>{strings.owner}</TableHeaderCell>
            <TableHeaderCell>{strings.status}</TableHeaderCell>
            <TableHeaderCell>{strings.meetingColumn}</TableHeaderCell>
            <TableHeaderCell>{strings.decisionText}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((decision) => (
            <TableRow key={decision.key}>
              <TableCell data-label={strings.deadline}>
                {decision.deadline ? formatDay(decision.deadline, language) : strings.noDeadline}
                {isOverdue(decision, today) && (
                  <Badge appearance="filled" color="danger" className={styles.badge}>
                    {strings.overdue}
                  </Badge>
                )}
              </TableCell>
              <TableCell data-label={strings.owner}>
                {ownerNames(decision.owner) ?? strings.noOwner}
              </TableCell>
              <TableCell data-label={strings.status}>{strings.statusHelp[decision.status]}</TableCell>
              <TableCell data-label={strings.meetingColumn}>
                <Link href={pointHref(decision.meetingDate, decision.itemNumber)}>
                  {`${formatMeetingDate(decision.meetingDate, language)}, ${strings.point.toLowerCase()} ${decision.itemNumber}: ${decision.title}`}
                </Link>
              </TableCell>
              <TableCell data-label={strings.decisionText} className={styles.decision}>
                {decision.decision}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
