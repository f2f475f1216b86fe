// A day field as a Danish municipality writes it: Fluent's date picker with Danish month and day names,
// the week starting on Monday, the day shown as "05.11.2025" and typed as "05.11.2025", "5.11.2025" or
// "5. november 2025"; never ISO and never the browser's own date field (mm/dd/yyyy in an American
// Chromium). The value stays an ISO day.
import { Field } from '@fluentui/react-components';
import { DatePicker, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import { useMemo, useState } from 'react';
import type { Strings } from '../strings/strings';
import { dateOfIso, dayPickerFormat, isoOfDate } from './dayPickerFormat';

// DayOfWeek.Monday in @fluentui/react-calendar-compat, which the picker takes but does not re-export.
const MONDAY = 1 as NonNullable<DatePickerProps['firstDayOfWeek']>;

interface Props {
  label: string;
  /** The ISO day, or null for none. */
  value: string | null;
  onChange: (day: string | null) => void;
  strings: Strings;
  hint?: string;
}

export function DayPicker({ label, value, onChange, strings, hint }: Props) {
  const [invalid, setInvalid] = useState(false);
  // Stable across renders: the picker rewrites its text whenever its value or formatter changes.
  const format = useMemo(() => dayPickerFormat(strings), [strings]);
  const date = useMemo(() => dateOfIso(value), [value]);
  return (
    <Field
      label={label}
      hint={hint ?? strings.dateHint}
      validationMessage={invalid ? strings.dateInvalid : undefined}
      validationState={invalid ? 'error' : 'none'}
    >
      <DatePicker
        allowTextInput
        value={date}
        placeholder={strings.datePlaceholder}
        strings={strings.calendar}
        firstDayOfWeek={MONDAY}
        formatDate={format.formatDate}
        parseDateFromString={format.parseDateFromString}
        dateTimeFormatter={format.dateTimeFormatter}
        popupSurface={{ 'aria-label': strings.calendarLabel }}
        onValidationResult={(result) => setInvalid(result.error === 'invalid-input')}
        onSelectDate={(chosen) => {
          const day = chosen ? isoOfDate(chosen) : null;
          if (day !== value) onChange(day);
        }}
      />
    </Field>
  );
}
