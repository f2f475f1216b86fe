import type { Strings } from './da';

export const en: Strings = {
  appTitle: 'Chefforum',
  openDocumentLabel: 'Open an agenda or minutes (.pdf, .docx, .txt)',
  openDocumentHint: 'The document is read in your browser and sent nowhere.',
  reading: 'Reading the document …',
  kindDagsorden: 'Agenda',
  kindReferat: 'Minutes',
  at: 'at',
  location: 'Room',
  absent: 'Absent',
  point: 'Item',
  closed: 'Closed',
  caseNumber: 'Case no.',
  presenter: 'by',
  recommendations: 'Recommendation',
  recommendedBy: (who: string) => `${who} recommends`,
  decision: 'Decision',
  attachments: 'Attachments',
  noPoints: 'The document has no items.',
  issuesFound: (count: number) =>
    count === 1
      ? '1 part of the document could not be placed.'
      : `${count} parts of the document could not be placed.`,
  errorNotAReferat: 'The file is not a Chefforum agenda or minutes.',
  errorUnreadable: 'The file cannot be read. It may be damaged or in a format the app does not know.',
  errorEmpty: 'The file is empty.',
  errorUnexpected: 'Something went wrong while reading the file.',
  tryAnother: 'Choose another file',
};
