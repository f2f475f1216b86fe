// The meeting under way: its current point, how late it runs and the projected end, and for whoever
// leads it the one button that moves it on (others may take it over, if the secretary dropped out).
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { nextPointNumber } from '../../../domain/meetingProgress/meetingProgress';
import { isPointOfNumber } from '../../../domain/pointOfNumber';
import { currentPointNumber } from '../../../domain/library/currentPoint';
import {
  clockOf,
  type Lateness,
  plannedSchedule,
  runningLate,
} from '../../../domain/meetingProgress/runningLate';
import type { Strings } from '../../../strings/strings';
import { isoDay } from '../../app/isoDay';
import { useMeetingProgressBarStyles } from './MeetingProgressBar.styles';
import type { LiveProgress } from './useMeetingProgress';

interface Props {
  meeting: Meeting;
  live: LiveProgress;
  now: () => Date;
  strings: Strings;
}

const minutesOfDay = (date: Date) => date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;

export function MeetingProgressBar({ meeting, live, now, strings }: Props) {
  const styles = useMeetingProgressBarStyles();
  const text = strings.progress;
  const progress = live.progress;
  const current = progress?.current ?? null;
  useFollowPoint(current);
  // The point the number names: the open one, when a closed heading repeats its number.
  const item = meeting.items.find(
    (each, index) => each.number === current && isPointOfNumber(meeting.items, index),
  );
  const run = progress?.runs.find((each) => each.number === current && each.endedAt === null);
  const lateness = runningLate(
    plannedSchedule(meeting),
    run ? { number: run.number, startedAt: minutesOfDay(new Date(run.startedAt)) } : null,
    minutesOfDay(now()),
  );
  const where = progress?.ended
    ? text.ended
    : item
      ? text.current(item.number, item.closed ? strings.closed : item.title)
      : text.notStarted;
  const next = progress ? nextPointNumber(meeting, progress) : (meeting.items[0]?.number ?? null);
  return (
    <section className={styles.root} aria-label={text.heading} data-current-point={current ?? ''}>
      <div className={styles.text}>
        <Text weight="semibold">{where}</Text>
        <Text role="status" className={styles.meta}>
          {latenessText(lateness, text)}
        </Text>
        {progress?.leader && <Text className={styles.meta}>{text.ledBy(progress.leader.name)}</Text>}
        {!progress?.leader && !progress?.ended && (
          <Text className={styles.meta}>{notStartedText(meeting, live.canLead, now(), text)}</Text>
        )}
      </div>
      {live.canLead && !progress?.ended && (
        <Button appearance="primary" disabled={live.busy} onClick={() => live.moveOn(meeting, now())}>
          {current === null ? text.start : next === null ? text.end : text.next}
        </Button>
      )}
      {!live.canLead && progress && !progress.ended && (
        <Button disabled={live.busy} onClick={live.takeOver}>
          {text.takeOver}
        </Button>
      )}
      {live.failed && (
        <MessageBar intent="warning">
          <MessageBarBody>{live.failed === 'read' ? text.readFailed : text.writeFailed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/**
 * Before anyone leads: who starts the meeting and so leads it, and the point the schedule has now
 * (the agenda's "Nu" badge follows the clock until the meeting is started).
 */
function notStartedText(meeting: Meeting, canLead: boolean, at: Date, text: Strings['progress']) {
  const scheduled = currentPointNumber(meeting, isoDay(at), at.toTimeString().slice(0, 5));
  const who = canLead ? text.youStart : text.whoStarts;
  return scheduled === null ? who : `${text.scheduled(scheduled)} ${who}`;
}

function latenessText(lateness: Lateness, text: Strings['progress']): string {
  if (lateness.status === 'unknown') return '';
  const pace = lateness.status === 'late' ? text.behind(lateness.minutes) : text.onTime;
  return `${pace} · ${text.projectedEnd(clockOf(lateness.projectedEnd))}`;
}

/** Brings the current point into view whenever it changes, and when the panel opens on it. */
function useFollowPoint(current: number | null) {
  useEffect(() => {
    if (current === null) return;
    document.getElementById(`punkt-${current}`)?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [current]);
}
