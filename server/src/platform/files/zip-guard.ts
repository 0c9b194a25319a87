export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Ratio above which one entry is treated as a zip bomb. */
  maxCompressionRatio: number;
}

export const XLSX_LIMITS: ZipLimits = { maxEntries: 2000, maxUncompressedBytes: 100 * 1024 * 1024, maxCompressionRatio: 200 };

/**
 * Reads a ZIP's central directory (without inflating anything) and returns a problem when the file
 * is not a ZIP or would expand past the limits; null when it is safe to hand to a parser.
 */
export function zipProblem(buffer: Buffer, limits: ZipLimits = XLSX_LIMITS): string | null {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return '文件不是有效的 XLSX（ZIP）文件';
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return '文件已损坏：找不到 ZIP 目录';
  const entries = buffer.readUInt16LE(eocd + 10);
  const dirSize = buffer.readUInt32LE(eocd + 12);
  const dirOffset = buffer.readUInt32LE(eocd + 16);
  if (entries > limits.maxEntries) return `文件包含 ${entries} 个条目，超过上限 ${limits.maxEntries}`;
  if (dirOffset + dirSize > buffer.length) return '文件已损坏：ZIP 目录越界';
  let offset = dirOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return '文件已损坏：ZIP 目录项无效';
    const compressed = buffer.readUInt32LE(offset + 20);
    const uncompressed = buffer.readUInt32LE(offset + 24);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return '不支持 ZIP64 格式的文件';
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) return '文件解压后过大，疑似压缩炸弹，已拒绝';
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > limits.maxCompressionRatio) {
      return '文件压缩比异常，疑似压缩炸弹，已拒绝';
    }
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return null;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= stop; i--) if (buffer.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
