// Tests only: a Word-looking zip whose word/document.xml inflates to `inflatedMiB` MiB while the file
// stays a few hundred KB, and whose central directory lies that it unpacks to a few KB. Made without
// ever holding the inflated bytes: one deflated MiB (a full flush, so it refers to nothing before it)
// is repeated, then an empty final block ends the stream.
import { constants, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;

function zipEntry(name: string, data: Uint8Array, declaredSize: number) {
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  return { local: Buffer.concat([local, nameBytes, data]), central: Buffer.concat([central, nameBytes]) };
}

/** A zip of the given entries (name → raw deflate data, declared size); the CRCs are left 0. */
function zipOf(entries: { name: string; data: Uint8Array; declaredSize: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { local, central } = zipEntry(entry.name, entry.data, entry.declaredSize);
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export function docxBomb(inflatedMiB: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MIB, '<w:t>x</w:t>'), { finishFlush: constants.Z_FULL_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  const bomb = Buffer.concat([...Array.from({ length: inflatedMiB }, () => block), final]);
  const small = (text: string) => deflateRawSync(Buffer.from(text));
  const types =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  return zipOf([
    { name: '[Content_Types].xml', data: small(types), declaredSize: types.length },
    { name: 'word/document.xml', data: bomb, declaredSize: 4096 },
  ]);
}
