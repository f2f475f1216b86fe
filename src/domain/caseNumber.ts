// Case numbers: KLE (emne.gruppe.emne-facet-løbenr-år, "00.01.00-A21-9-19") or journal ("14/13782").

const KLE = /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}$/;
const JOURNAL = /^\d{2}\/\d{1,7}$/;
const LABEL = /^(?:sags?(?:nr|nummer)\.?|journalnr\.?)\s*:?\s*/i;

/** The case number a whole line holds ("Sagsnr.: 14/13782" too), else null. */
export function caseNumberOf(line: string): string | null {
  const candidate = line.trim().replace(LABEL, '');
  return KLE.test(candidate) || JOURNAL.test(candidate) ? candidate : null;
}

export type CaseNumberKind = 'kle' | 'journal';

/** Which numbering scheme a case number follows. */
export function caseNumberKind(caseNumber: string): CaseNumberKind | null {
  if (KLE.test(caseNumber)) return 'kle';
  if (JOURNAL.test(caseNumber)) return 'journal';
  return null;
}
