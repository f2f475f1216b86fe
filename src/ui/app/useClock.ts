// The present moment for views that show it (the "Nu" badge, today's date): read from the injected
// clock, and read again every `everyMs`, so a tab left open follows the meeting without a reload.
import { useEffect, useRef, useState } from 'react';

/** Half a minute: timeslots are whole minutes, so the badge moves at most 30 s late. */
export const CLOCK_TICK_MS = 30_000;

export function useClock(now: () => Date, everyMs = CLOCK_TICK_MS): Date {
  const [moment, setMoment] = useState(now);
  // The latest clock, without restarting the timer when a parent passes a new function each render.
  const clock = useRef(now);
  clock.current = now;
  useEffect(() => {
    const timer = setInterval(() => setMoment(clock.current()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return moment;
}
