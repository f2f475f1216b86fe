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
import { useMemo, useState } from 'react';
import { DECISION_STATUSES } from '../../../domain/decisions/decision';
import { followUpNeed } from '../../../domain/decisions/followUpNeed';
import { type FollowUpFilter, followUps, isOverdue, ownersOf } from '../../../domain/decisions/followUps';
import { DayPicker } from '../../components/DayPicker';
import { formatDay, formatMeetingDate } from '../../format';
import type { Language, Strings } from '../../strings/strings';
import { type DecisionServices, useStoredDecisions } from '../decisions/useDecisions';
import { useFollowUpPageStyles } from './FollowUpPage.styles';

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
  const stored = useStoredDecisions(services);
  const [filter, setFilter] = useState<FollowUpFilter>({ owner: '', status: 'open', dueBy: null });
  const decisions = useMemo(
    () => (stored.state.status === 'ready' ? stored.state.stored.map((each) => each.decision) : []),
    [stored.state],
  );
  const shown = useMemo(() => followUps(decisions, filter, today), [decisions, filter, today]);
  const owners = useMemo(() => ownersOf(decisions), [decisions]);
  const notShown = useMemo(
    () =>
      decisions.filter(
        (decision) => followUpNeed(decision, today) !== 'to-do' && decision.status !== 'Afsluttet',
      ).length,
    [decisions, today],
  );
  return (
    <main className={styles.root}>
      <Link href={agendaHref}>{strings.agendaNav}</Link>
      <Title2 as="h1">{strings.followUpTitle}</Title2>
      <div className={styles.filters}>
        <Field label={strings.filterOwner}>
          <Select
            className={styles.select}
            value={filter.owner}
            onChange={(_, data) => setFilter({ ...filter, owner: data.value })}
          >
            <option value="">{strings.filterAllOwners}</option>
            {owners.map((owner) => (
              <option key={owner}>{owner}</option>
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
            {shown.length === 0 ? strings.noFollowUps : strings.followUpCount(shown.length)}
          </Text>
          {filter.status === 'open' && notShown > 0 && (
            <Text block>{strings.followUpNotShown(notShown)}</Text>
          )}
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
                    <TableCell data-label={strings.owner}>{decision.owner ?? '– –'}</TableCell>
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
        </>
      )}
    </main>
  );
}
