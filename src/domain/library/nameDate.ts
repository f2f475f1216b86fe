// The meeting date a file name gives away ("referat-2020-10-08.pdf", "Dagsorden 14. januar 2027.docx",
// "Referat 08.10.2020.pdf"), so the library can pick the current meeting before downloading anything.
import { findNumericDate, findWrittenDate, isoDate } from '../danishDate';

const ISO_IN_NAME = /(?:^|\D)(\d{4})[-_.](\d{2})[-_.](\d{2})(?:\D|$)/;

/** The ISO date a file name holds, or null when it names none (then only its header can tell). */
export function dateFromName(name: string): string | null {
  const iso = ISO_IN_NAME.exec(name);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findWrittenDate(name.replace(/[_]/g, ' ')) ?? findNumericDate(name);
}
