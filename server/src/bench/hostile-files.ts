import { constants, deflateRawSync } from 'node:zlib';

export interface ZipEntryInput {
  name: string;
  data: Buffer;
  /** Already-deflated bytes to store instead of deflating `data` (which is then ignored). */
  deflated?: Buffer;
  /** The uncompressed size the headers claim; the real one when absent. A lying archive sets it low. */
  declaredSize?: number;
}

/** Builds a real ZIP archive (deflated entries), so the tests and `npm run bench:hostile` can hand the server hostile archives. */
export function zipFile(entries: ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, deflated, declaredSize } of entries) {
    const compressed = deflated ?? deflateRawSync(data);
    const size = declaredSize ?? data.length;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/**
 * Deflated data of about `bytes` that inflates about a thousand times larger: one megabyte of zeros
 * compressed as non-final blocks, repeated, then closed — without ever holding the inflated data.
 */
export function deflatedZeros(bytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const copies = Math.max(1, Math.floor(bytes / block.length));
  return Buffer.concat([...Array<Buffer>(copies).fill(block), deflateRawSync(Buffer.alloc(0))]);
}

/** An ".xlsx" of about `bytes` whose worksheet claims 10 kB and really inflates to about a thousand times the file. */
export function lyingXlsx(bytes: number): Buffer {
  return zipFile([
    {
      name: '[Content_Types].xml',
      data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: deflatedZeros(bytes), declaredSize: 10_000 },
  ]);
}
