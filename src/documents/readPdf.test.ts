// readPdf with the real pdf.js, watching the loading tasks it starts: a file pdf.js cannot open ends
// its task (so nothing of it rejects later, unheard: mozilla/pdf.js#12214), as does one it read.
import { PDFDocument } from 'pdf-lib';
import type { Pdfjs } from './loadPdfjs';
import { readPdf } from './readPdf';
import { UnreadableDocumentError } from './UnreadableDocumentError';

const mockTasks: { destroyed: boolean }[] = [];

jest.mock('./loadPdfjs', () => {
  const actual = jest.requireActual<typeof import('./loadPdfjs')>('./loadPdfjs');
  return {
    ...actual,
    loadPdfjs: async (): Promise<Pdfjs> => {
      const pdfjs = await actual.loadPdfjs();
      return {
        ...pdfjs,
        getDocument: (source: Parameters<Pdfjs['getDocument']>[0]) => {
          const task = pdfjs.getDocument(source);
          mockTasks.push(task);
          return task;
        },
      };
    },
  };
});

beforeEach(() => mockTasks.splice(0));

it('ends the loading task of a PDF it cannot open, and says the file is damaged', async () => {
  const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer <<>>\n%%EOF');
  await expect(readPdf(damaged, 'referat.pdf')).rejects.toBeInstanceOf(UnreadableDocumentError);
  expect(mockTasks).toHaveLength(1);
  expect(mockTasks[0]!.destroyed).toBe(true);
});

it('ends the loading task of a PDF it read', async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  await readPdf(await pdf.save(), 'referat.pdf');
  expect(mockTasks.map((task) => task.destroyed)).toEqual([true]);
});
