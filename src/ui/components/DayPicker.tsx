// A day field as a Danish municipality writes it: typed and shown as "05.11.2025" ("5.11.2025" and
// "5. november 2025" are read too), with a "Vælg dato" button that opens Fluent's calendar below the
// field (Danish month and day names, the week starting on Monday); never ISO and never the browser's own
// date field (mm/dd/yyyy in an American Chromium). The value stays an ISO day.
// Not Fluent's DatePicker: its popup calls useModalAttributes on every render, which makes Tabster put
// focusable aria-hidden bumpers on the page's body (axe: serious aria-hidden-focus) wherever a day field
// is shown; the calendar here is inline, a disclosure, and needs no modal layer.
import { Button, Field, Input, useId } from '@fluentui/react-components';
import { Calendar, DayOfWeek, type ICalendar } from '@fluentui/react-calendar-compat';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseDanishDay } from '../../domain/danishDay';
import type { Strings } from '../../strings/strings';
import { dateOfIso, dayPickerFormat, isoOfDate } from './dayPickerFormat';

interface Props {
  label: string;
  /** The ISO day, or null for none. */
  value: string | null;
  onChange: (day: string | null) => void;
  strings: Strings;
  hint?: string;
}

/** The field's text and whether it reads as a day; what is typed is taken on Enter or leaving the field. */
function useDayText(value: string | null, onChange: Props['onChange'], strings: Strings) {
  const shown = value ? strings.typedDay(value) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (a save, another point) replaces what the field shows.
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const take = (day: string | null) => {
    setInvalid(false);
    setText(day ? strings.typedDay(day) : '');
    if (day !== value) onChange(day);
  };
  const commit = () => {
    if (text.trim() === '') return take(null);
    const day = parseDanishDay(text);
    if (day) take(day);
    else setInvalid(true);
  };
  return { text, setText, invalid, take, commit };
}

export function DayPicker({ label, value, onChange, strings, hint }: Props) {
  const day = useDayText(value, onChange, strings);
  const [open, setOpen] = useState(false);
  const calendarId = useId('calendar');
  return (
    <Field
      label={label}
      hint={hint ?? strings.dateHint}
      validationMessage={day.invalid ? strings.dateInvalid : undefined}
      validationState={day.invalid ? 'error' : 'none'}
    >
      {(control) => (
        <>
          <Input
            {...control}
            value={day.text}
            placeholder={strings.datePlaceholder}
            onChange={(_, data) => day.setText(data.value)}
            onBlur={day.commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') day.commit();
            }}
            contentAfter={
              <Button
                appearance="transparent"
                size="small"
                icon={<CalendarIcon />}
                aria-label={strings.chooseDate}
                aria-expanded={open}
                aria-controls={open ? calendarId : undefined}
                onClick={() => setOpen(!open)}
              />
            }
          />
          {open && (
            <InlineCalendar
              id={calendarId}
              value={value}
              strings={strings}
              onChoose={(chosen) => {
                day.take(chosen);
                setOpen(false);
              }}
              onClose={() => setOpen(false)}
            />
          )}
        </>
      )}
    </Field>
  );
}

/** Fluent's calendar below the field, focused when it opens; Escape closes it. */
function InlineCalendar({
  id,
  value,
  strings,
  onChoose,
  onClose,
}: {
  id: string;
  value: string | null;
  strings: Strings;
  onChoose: (day: string) => void;
  onClose: () => void;
}) {
  const calendar = useRef<ICalendar>(null);
  const format = useMemo(() => dayPickerFormat(strings), [strings]);
  useEffect(() => calendar.current?.focus(), []);
  return (
    <div
      id={id}
      role="group"
      aria-label={strings.calendarLabel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Calendar
        componentRef={calendar}
        value={dateOfIso(value) ?? undefined}
        strings={strings.calendar}
        firstDayOfWeek={DayOfWeek.Monday}
        dateTimeFormatter={format.dateTimeFormatter}
        showGoToToday
        onSelectDate={(date) => onChoose(isoOfDate(date))}
      />
    </div>
  );
}

/** A calendar page, drawn in the text colour (decorative: the button carries the name). */
function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" aria-hidden="true">
      <rect x="2" y="3" width="12" height="11" rx="1.5" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" />
    </svg>
  );
}
