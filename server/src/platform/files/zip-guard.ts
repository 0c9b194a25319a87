import { createInflateRaw } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Ratio above which one entry is treated as a zip bomb. */
  maxCompressionRatio: number;
}

export const XLSX_LIMITS: ZipLimits = { maxEntries: 2000, maxUncompressedBytes: 100 * 1024 * 1024, maxCompressionRatio: 200 };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  method: number;
  compressed: Buffer;
  declaredSize: number;
}

export function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL_HEADER;
}

/**
 * A problem when the file is not a ZIP or would expand past the limits; null when it is safe to hand
 * to a parser. The sizes an archive declares are checked first (a cheap refusal of an honest bomb),
 * then every entry is inflated with its bytes counted and thrown away, stopping as soon as an entry
 * grows past what it declared: an archive whose headers lie costs at most the limit, never what it
 * really holds. The entries are located the way JSZip (inside ExcelJS) locates them, and anything it
 * would read differently (bytes before the archive, ZIP64, unknown compression) is refused.
 */
export async function zipProblem(buffer: Buffer, limits: ZipLimits = XLSX_LIMITS): Promise<string | null> {
  const read = readEntries(buffer, limits);
  if (typeof read === 'string') return read;
  for (const entry of read) {
    const size = entry.method === STORED ? entry.compressed.length : await inflatedSize(entry.compressed, entry.declaredSize + 1);
    if (size === 'corrupt') return '文件已损坏：压缩数据无效';
    if (size !== entry.declaredSize) return '文件中条目的实际大小与其声明不符（声明被篡改），疑似压缩炸弹，已拒绝';
  }
  return null;
}

function readEntries(buffer: Buffer, limits: ZipLimits): Entry[] | string {
  if (buffer.length < 22 || !isZip(buffer)) return '文件不是有效的 XLSX（ZIP）文件';
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return '文件已损坏：找不到 ZIP 目录';
  const count = buffer.readUInt16LE(eocd + 10);
  const dirSize = buffer.readUInt32LE(eocd + 12);
  const dirOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) return '不支持 ZIP64 格式的文件';
  if (count > limits.maxEntries) return `文件包含 ${count} 个条目，超过上限 ${limits.maxEntries}`;
  if (dirOffset + dirSize !== eocd) return '文件已损坏：ZIP 目录位置不符';
  const entries: Entry[] = [];
  let offset = dirOffset;
  let total = 0;
  while (offset < eocd) {
    if (offset + 46 > eocd || buffer.readUInt32LE(offset) !== CENTRAL_HEADER) return '文件已损坏：ZIP 目录项无效';
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const declaredSize = buffer.readUInt32LE(offset + 24);
    const localOffset = buffer.readUInt32LE(offset + 42);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) return '不支持 ZIP64 格式的文件';
    if (method !== STORED && method !== DEFLATED) return `不支持的 ZIP 压缩方式（${method}）`;
    if (method === STORED && compressedSize !== declaredSize) return '文件已损坏：未压缩条目的大小不一致';
    total += declaredSize;
    if (total > limits.maxUncompressedBytes) return '文件解压后过大，疑似压缩炸弹，已拒绝';
    if (declaredSize > 1024 * 1024 && declaredSize / Math.max(compressedSize, 1) > limits.maxCompressionRatio)
      return '文件压缩比异常，疑似压缩炸弹，已拒绝';
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) return '文件已损坏：ZIP 条目头无效';
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buffer.length) return '文件已损坏：ZIP 条目越界';
    entries.push({ method, compressed: buffer.subarray(dataStart, dataStart + compressedSize), declaredSize });
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    if (entries.length > count) break;
  }
  if (entries.length !== count || offset !== eocd) return '文件已损坏：ZIP 目录的条目数不符';
  return entries;
}

/** Bytes the deflated data inflates to, counted chunk by chunk and never kept; stops at `stopAt`. */
function inflatedSize(compressed: Buffer, stopAt: number): Promise<number | 'corrupt'> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size >= stopAt) {
        inflater.destroy();
        resolve(size);
      }
    });
    inflater.on('error', () => resolve('corrupt'));
    inflater.on('end', () => resolve(size));
    inflater.end(compressed);
  });
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) if (buffer.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  return -1;
}
