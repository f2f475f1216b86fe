// Indholdsfortegnelse entries: "CF - Budgetaftale 2021 (9.00-9.30).....\t4".

export interface TocEntry {
  title: string;
  page: number;
  line: number;
}

const TOC_ENTRY = /^(.*?\S)\s*(?:\.{2,}|…+|\t)[.\s…]*(\d{1,3})$/;

/** The entry a line holds, or null. Titles here may be cut off; the body's titles win. */
export function tocEntryOf(text: string, line: number): TocEntry | null {
  const match = TOC_ENTRY.exec(text.trimEnd());
  return match ? { title: match[1]!.trim(), page: Number(match[2]), line } : null;
}
