// Whether a zip (a Word file) unpacks within a byte budget, found out without unpacking it into memory.
// The sizes a zip declares can lie, so every part is inflated as a stream and only counted; the count
// stops at the budget. The zip is read by JSZip, the very reader mammoth uses after this check, so the
// two cannot disagree about which parts the file holds or where their bytes are.
import type JSZip from 'jszip';

/** JSZip's stream of one part (documented as ZipObject#internalStream; missing from its typings). */
interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream;
  on(event: 'end', listener: () => void): PartStream;
  on(event: 'error', listener: (error: Error) => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

type Part = JSZip.JSZipObject & {
  internalStream(type: 'uint8array'): PartStream;
  /** The sizes the zip's central directory declares (JSZip's CompressedObject). */
  _data?: { uncompressedSize?: number };
};

export type InflationVerdict = 'within' | 'too-large';

async function loadZip(bytes: Uint8Array): Promise<JSZip> {
  const module = await import('jszip');
  const Zip =
    (module as unknown as { default?: typeof JSZip }).default ?? (module as unknown as typeof JSZip);
  return Zip.loadAsync(bytes);
}

/** Inflates one part, counting; resolves with the bytes left in the budget (negative: over it). */
function countPart(part: Part, left: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let remaining = left;
    const stream = part.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        remaining -= chunk.length;
        if (remaining < 0) {
          stream.pause(); // dropped here: nothing holds the rest of the part
          resolve(remaining);
        }
      })
      .on('error', reject)
      .on('end', () => resolve(remaining))
      .resume();
  });
}

/**
 * 'too-large' when the zip has more than `maxEntries` parts, declares more than `budget` bytes, or
 * inflates to more than that; throws what JSZip throws for a zip it cannot read.
 */
export async function zipInflation(
  bytes: Uint8Array,
  budget: number,
  maxEntries: number,
): Promise<InflationVerdict> {
  const zip = await loadZip(bytes);
  const parts = Object.values(zip.files) as Part[]; // folders too: an entry marked one may still hold bytes
  if (parts.length > maxEntries) return 'too-large';
  const declared = parts.reduce((sum, part) => sum + (part._data?.uncompressedSize ?? 0), 0);
  if (declared > budget) return 'too-large';
  let left = budget;
  for (const part of parts) {
    left = await countPart(part, left);
    if (left < 0) return 'too-large';
  }
  return 'within';
}
