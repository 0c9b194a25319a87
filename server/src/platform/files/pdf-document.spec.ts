import { extractText, getDocumentProxy } from 'unpdf';
import { PdfDocumentBuilder } from './pdf-document';

async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { pages: totalPages, text: text.map((t) => t.replace(/\s+/g, '')) };
}

describe('PdfDocumentBuilder', () => {
  it('writes an A4 PDF whose Chinese text can be read back, with every page numbered and the header repeated', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`客户经理${i + 1}`, '城中客户服务部', `${(60 + (i % 40)).toFixed(2)}`]);
    const buffer = await new PdfDocumentBuilder({ title: '月度考核报告', subtitle: '营销部 · 2026-11', headerNote: '生成于 2026-12-01' })
      .heading('一、参考情况')
      .facts([
        ['参考率', '92.5%'],
        ['及格率', '80%'],
      ])
      .table(
        [
          { header: '姓名', width: 2 },
          { header: '单位', width: 3 },
          { header: '得分', align: 'right' },
        ],
        rows,
      )
      .paragraph('使用偏少不是下限，不计入考核。', { muted: true })
      .toBuffer();

    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(buffer);
    expect(pages).toBeGreaterThan(1);
    expect(text[0]).toContain('月度考核报告');
    expect(text[0]).toContain('参考率：92.5%');
    expect(text[0]).toContain('客户经理1城中客户服务部60.00');
    expect(text[pages - 1]).toContain('客户经理80');
    expect(text[pages - 1]).toContain('使用偏少不是下限');
    text.forEach((page, i) => {
      expect(page).toContain(`第${i + 1}/${pages}页`);
      expect(page).toContain('姓名单位得分'); // the table's header on every page it runs over
    });
    // the font is embedded as a subset of the glyphs used, not the 1.5 MB file
    expect(buffer.length).toBeLessThan(200_000);
    const width = buffer.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
    expect(width?.slice(1).map(Number)).toEqual([595.28, 841.89]);
  });

  it('says so when a table has no rows', async () => {
    const buffer = await new PdfDocumentBuilder({ title: '空表' })
      .table([{ header: '姓名' }, { header: '得分' }], [], '无人缺考')
      .toBuffer();
    expect((await pdfText(buffer)).text[0]).toContain('无人缺考');
  });
});
