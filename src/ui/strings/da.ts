// Danish, the app's first language. `en.ts` must have every key (the type makes a missing one a compile error).
export const da = {
  appTitle: 'Chefforum',
  openDocumentLabel: 'Åbn en dagsorden eller et referat (.pdf, .docx, .txt)',
  openDocumentHint: 'Dokumentet læses i browseren og sendes ingen steder hen.',
  reading: 'Læser dokumentet …',
  kindDagsorden: 'Dagsorden',
  kindReferat: 'Referat',
  at: 'kl.',
  location: 'Mødested',
  absent: 'Deltog ikke',
  point: 'Punkt',
  closed: 'Lukket',
  caseNumber: 'Sagsnr.',
  presenter: 'v.',
  recommendations: 'Indstilling',
  recommendedBy: (who: string) => `${who} indstiller`,
  decision: 'Beslutning',
  attachments: 'Bilag',
  noPoints: 'Dokumentet har ingen punkter.',
  issuesFound: (count: number) =>
    count === 1
      ? '1 del af dokumentet kunne ikke placeres.'
      : `${count} dele af dokumentet kunne ikke placeres.`,
  errorNotAReferat: 'Filen er hverken en dagsorden eller et referat fra Chefforum.',
  errorUnreadable: 'Filen kan ikke læses. Den kan være beskadiget eller i et format, appen ikke kender.',
  errorEmpty: 'Filen er tom.',
  errorUnexpected: 'Noget gik galt under læsningen af filen.',
  tryAnother: 'Vælg en anden fil',
};

export type Strings = typeof da;
