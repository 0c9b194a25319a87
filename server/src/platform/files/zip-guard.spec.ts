import { deflateRawSync } from 'node:zlib';
import { lyingXlsx, zipFile } from '../../bench/hostile-files';
import { zipProblem } from './zip-guard';

describe('zip guard', () => {
  it('accepts an ordinary small archive', async () => {
    expect(await zipProblem(zipFile([{ name: 'a.xml', data: Buffer.from('<a/>') }]))).toBeNull();
  });

  it('rejects files that are not ZIPs by their magic bytes', async () => {
    expect(await zipProblem(Buffer.from('%PDF-1.7 not a spreadsheet at all'))).toMatch(/不是有效的 XLSX/);
  });

  it('rejects an archive that declares it would inflate past the limit, without inflating it', async () => {
    const bomb = zipFile([{ name: 'big.xml', data: Buffer.alloc(30 * 1024 * 1024) }]);
    expect(await zipProblem(bomb, { maxEntries: 10, maxUncompressedBytes: 20 * 1024 * 1024, maxCompressionRatio: 1e9 })).toMatch(
      /压缩炸弹/,
    );
    expect(await zipProblem(bomb)).toMatch(/压缩比异常/);
  });

  it('rejects an archive whose headers understate what an entry inflates to, counting the bytes as it inflates', async () => {
    // 100 kB that claims 10 kB and really holds about 100 MB
    expect(await zipProblem(lyingXlsx(100 * 1024))).toMatch(/声明被篡改/);
  });

  it('rejects an entry whose headers overstate its size too', async () => {
    const data = Buffer.from('<a/>');
    expect(await zipProblem(zipFile([{ name: 'a.xml', data, declaredSize: 4000 }]))).toMatch(/声明被篡改/);
  });

  it('rejects deflated data that is not a valid stream', async () => {
    const garbage = Buffer.from('this is not deflate data at all, just bytes');
    expect(await zipProblem(zipFile([{ name: 'a.xml', data: Buffer.alloc(0), deflated: garbage, declaredSize: 100 }]))).toMatch(/损坏/);
  });

  it('rejects bytes before the archive, which a reader would shift every entry by', async () => {
    const inner = zipFile([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const prefixed = Buffer.concat([zipFile([{ name: 'x', data: deflateRawSync(Buffer.from('x')) }]).subarray(0, 34), inner]);
    expect(await zipProblem(prefixed)).toMatch(/损坏/);
  });

  it('rejects a truncated archive', async () => {
    const whole = zipFile([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    expect(await zipProblem(whole.subarray(0, whole.length - 10))).toMatch(/损坏/);
  });
});
