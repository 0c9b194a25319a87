import { zipFile } from '../../../test/support/zip-file';
import { zipProblem } from './zip-guard';

describe('zip guard', () => {
  it('accepts an ordinary small archive', () => {
    expect(zipProblem(zipFile([{ name: 'a.xml', data: Buffer.from('<a/>') }]))).toBeNull();
  });

  it('rejects files that are not ZIPs by their magic bytes', () => {
    expect(zipProblem(Buffer.from('%PDF-1.7 not a spreadsheet at all'))).toMatch(/不是有效的 XLSX/);
  });

  it('rejects an archive that would inflate past the limit, without inflating it', () => {
    const bomb = zipFile([{ name: 'big.xml', data: Buffer.alloc(30 * 1024 * 1024) }]);
    expect(zipProblem(bomb, { maxEntries: 10, maxUncompressedBytes: 20 * 1024 * 1024, maxCompressionRatio: 1e9 })).toMatch(/压缩炸弹/);
    expect(zipProblem(bomb)).toMatch(/压缩比异常/);
  });

  it('rejects a truncated archive', () => {
    const whole = zipFile([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    expect(zipProblem(whole.subarray(0, whole.length - 10))).toMatch(/损坏/);
  });
});
