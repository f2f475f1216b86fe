import { readDocumentText } from '../documents/readDocumentText';
import { readMeeting } from './readMeeting';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a meeting from a document', () => {
  it('turns a document into its meeting', async () => {
    const read = await readMeeting(
      bytes('REFERAT Chefforum d. 08-10-2020\nPunkt 1: CF - Evt.\nBeslutning\nIntet.'),
      'referat.txt',
      readDocumentText,
    );
    expect('meeting' in read && read.meeting.date).toBe('2020-10-08');
  });

  it('gives a document that cannot be read as failure data with its reason, not a throw', async () => {
    const read = await readMeeting(bytes('%PDF-1.7 broken'), 'i-stykker.pdf', readDocumentText);
    expect('failure' in read && read.failure).toEqual({ code: 'unreadable', reason: 'corrupt-pdf' });
  });

  it('gives text that is no agenda or minutes as failure not-a-referat', async () => {
    const read = await readMeeting(bytes('Husk kage til fredag.'), 'noter.txt', readDocumentText);
    expect('failure' in read && read.failure).toEqual({ code: 'not-a-referat' });
  });

  it('gives a reader that breaks unexpectedly as failure unexpected, keeping the error as cause', async () => {
    const broken = new Error('disk on fire');
    const read = await readMeeting(bytes('x'), 'x.txt', () => Promise.reject(broken));
    expect(read).toEqual({ failure: { code: 'unexpected' }, cause: broken });
  });
});
