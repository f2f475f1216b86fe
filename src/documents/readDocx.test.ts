// A Word file built to exhaust memory is refused as too large, with little memory spent finding out.
import { MAX_DOCUMENT_BYTES } from './documentLimits';
import { readDocumentText } from './readDocumentText';
import { docxBomb } from './testing/zipBomb';

/** The most memory (heap and buffers) in use while `work` runs, above what was in use before it. */
async function peakMemoryDuring(work: () => Promise<unknown>): Promise<number> {
  const used = () => {
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  const before = used();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 1);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, used()) - before;
}

describe('hostile Word files', () => {
  it('refuses a 600 KB .docx that inflates to 300 MB (and says it unpacks to a few KB) as too large', async () => {
    const bomb = docxBomb(300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    let refusal: unknown = null;
    const peak = await peakMemoryDuring(() =>
      readDocumentText(bomb, 'bombe.docx').catch((error: unknown) => (refusal = error)),
    );
    expect(refusal).toMatchObject({ failure: { code: 'unreadable', reason: 'too-large' } });
    // Reading it whole would take the 300 MB and more; counting it as it inflates takes a few MB.
    expect(peak).toBeLessThan(48 * 1024 * 1024);
  });

  it('refuses any file over the size limit before reading it', async () => {
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    huge.set(new TextEncoder().encode('REFERAT Chefforum'));
    await expect(readDocumentText(huge, 'referat.txt')).rejects.toMatchObject({
      failure: { code: 'unreadable', reason: 'too-large' },
    });
  });
});
