// Dates as the forum writes them: "torsdag 8. oktober 2020" in Danish, "Thursday 8 October 2020" in English.
import type { Language } from '../strings/strings';

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

const CLOCKS: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }),
};

/** A moment as the clock on the wall, in the user's time zone: "10.42" in Danish, "10:42" in English. */
export function formatClock(ms: number, language: Language): string {
  return CLOCKS[language].format(new Date(ms)).replace(':', language === 'da' ? '.' : ':');
}

/** When something happened, for people: "5. november 2025 kl. 10.42" / "5 November 2025 at 10:42". */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  return `${day} ${language === 'da' ? 'kl.' : 'at'} ${formatClock(date.getTime(), language)}`;
}

/** A day without its weekday: "5. november 2025" / "5 November 2025"; the text itself when no date. */
export function formatDay(iso: string, language: Language): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
