// Reads a decision for the date by which something must happen: "senest den 20. december 2019",
// "fremlægges på Chefforum d. 5. november 2020", "midt januar 2020", "inden udgangen af marts 2021".
import { DANISH_MONTHS, isoDate, monthNumber } from '../danishDate';

export interface ProposedDeadline {
  date: string; // ISO
  phrase: string; // the words it was read from
}

const MONTH = `(${DANISH_MONTHS.join('|')})`;

// Exact days first; then the vaguer "midt/primo/ultimo/udgangen af" forms, read as the 15th, the 5th
// and the month's last day. A phrase without a year means the next such day after the meeting.
const PATTERNS: { pattern: RegExp; day: (month: number, year: number, match: RegExpExecArray) => number }[] =
  [
    {
      pattern: new RegExp(
        `(?:senest|inden|før|fremlægges[^.]*?|genoptages[^.]*?|d\\.|den)\\s*(?:den|d\\.)?\\s*(\\d{1,2})\\.\\s+${MONTH}(?:\\s+(\\d{4}))?`,
        'i',
      ),
      day: (_m, _y, match) => Number(match[1]),
    },
    { pattern: new RegExp(`(?:midt|medio)\\s+(?:i\\s+)?${MONTH}(?:\\s+(\\d{4}))?`, 'i'), day: () => 15 },
    { pattern: new RegExp(`primo\\s+${MONTH}(?:\\s+(\\d{4}))?`, 'i'), day: () => 5 },
    {
      pattern: new RegExp(
        `(?:ultimo|(?:inden\\s+)?(?:udgangen|slutningen)\\s+af)\\s+${MONTH}(?:\\s+(\\d{4}))?`,
        'i',
      ),
      day: (month, year) => new Date(Date.UTC(year, month, 0)).getUTCDate(),
    },
  ];

/** The first deadline the text names, or null. `meetingDate` places dates written without a year. */
export function proposeDeadline(text: string, meetingDate: string): ProposedDeadline | null {
  let best: { at: number; deadline: ProposedDeadline } | null = null;
  for (const { pattern, day } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const groups = match.slice(1).filter((group) => group !== undefined);
    const month = groups.map(monthNumber).find((number) => number !== null)!;
    const yearText = groups.find((group) => /^\d{4}$/.test(group));
    const date = dated(month, yearText ? Number(yearText) : null, meetingDate, (year) =>
      day(month, year, match),
    );
    // A deadline lies ahead of the meeting: "referatet fra mødet den 24. september" is no deadline.
    if (date && date >= meetingDate && (!best || match.index < best.at))
      best = { at: match.index, deadline: { date, phrase: match[0].trim() } };
  }
  return best?.deadline ?? null;
}

function dated(
  month: number,
  year: number | null,
  meetingDate: string,
  day: (year: number) => number,
): string | null {
  if (year !== null) return isoDate(year, month, day(year));
  const meetingYear = Number(meetingDate.slice(0, 4));
  if (!Number.isFinite(meetingYear)) return null;
  const sameYear = isoDate(meetingYear, month, day(meetingYear));
  return sameYear && sameYear >= meetingDate
    ? sameYear
    : isoDate(meetingYear + 1, month, day(meetingYear + 1));
}
