// How Fluent's date picker reads and writes a day for us: typed and shown as a Danish municipality
// writes it ("05.11.2025", or "5. november 2025" typed), kept as an ISO day everywhere else.
import type { DatePickerProps } from '@fluentui/react-datepicker-compat';
import { parseDanishDay } from '../../domain/danishDay';
import type { Strings } from '../../strings/strings';

type DateFormatting = NonNullable<DatePickerProps['dateTimeFormatter']>;

/** The picker's Date (local midnight) as an ISO day. */
export function isoOfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO day as the picker's Date (local midnight, so the calendar marks that day); null when none. */
export function dateOfIso(iso: string | null): Date | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** What the picker needs to show, read and label days in the user's language. */
export function dayPickerFormat(strings: Strings) {
  const formatDate = (date?: Date) => (date ? strings.typedDay(isoOfDate(date)) : '');
  // Null lets the picker say the text is no day; day first always, never the browser's mm/dd/yyyy.
  const parseDateFromString = (text: string) => dateOfIso(parseDanishDay(text));
  const dateTimeFormatter: DateFormatting = {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date, grid) => grid.months[date.getMonth()]!,
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date, grid) =>
      strings.spelledDay(date.getDate(), grid.months[date.getMonth()]!, date.getFullYear()),
    formatMonthYear: (date, grid) => `${grid.months[date.getMonth()]} ${date.getFullYear()}`,
  };
  return { formatDate, parseDateFromString, dateTimeFormatter };
}
