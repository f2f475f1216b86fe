// Dates as the forum writes them: "torsdag 8. oktober 2020" in Danish, "Thursday 8 October 2020" in English.
import type { Language } from './strings/strings';

const FORMATS: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** An ISO date (`2020-10-08`) written out for people; the ISO text itself when it is no date. */
export function formatMeetingDate(iso: string, language: Language): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // Intl writes "torsdag den 8. oktober 2020"; the forum's own documents leave out "den".
  return FORMATS[language].format(date).replace(' den ', ' ').replace(',', '');
}
