// A day as a Danish municipality writes it, both ways: "05.11.2025" or "5. november 2025" read into an
// ISO date, and an ISO date written back as "05.11.2025" for an input field.
import { DANISH_MONTHS, isoDate } from './danishDate';

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const WRITTEN = new RegExp(`^(\\d{1,2})\\.?\\s+(${DANISH_MONTHS.join('|')})\\s+(\\d{4})$`, 'i');
const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WRITTEN_EN = new RegExp(`^(\\d{1,2})\\.?\\s+(${ENGLISH_MONTHS.join('|')})\\s+(\\d{4})$`, 'i');

/**
 * The ISO date a person typed: "05.11.2025", "5.11.2025", "5-11-2025", "5. november 2025" (or
 * "5 November 2025"); day first always, never the American month first. Null when it is no such day.
 */
export function parseDanishDay(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  for (const [pattern, months] of [
    [WRITTEN, DANISH_MONTHS],
    [WRITTEN_EN, ENGLISH_MONTHS],
  ] as const) {
    const written = pattern.exec(trimmed);
    if (written) {
      const month = (months as readonly string[]).indexOf(written[2]!.toLowerCase()) + 1;
      return isoDate(Number(written[3]), month, Number(written[1]));
    }
  }
  return null;
}

/** "2025-11-05" → "05.11.2025"; the text itself when it is no ISO date. */
export function numericDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
